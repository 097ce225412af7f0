import type { Translate } from '../../i18n/translator.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';

export type ErrorKind = 'notFound' | 'badRequest' | 'server' | 'unknownSite' | 'suspended';

/** An error page inside the site's layout, when the site is known. */
export function SiteErrorPage(props: { ctx: PageContext; kind: ErrorKind; reason?: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={{ ...ctx, noindex: true }} title={ctx.t(`error.${props.kind}.title`)}>
      <ErrorBody t={ctx.t} kind={props.kind} reason={props.reason} homeHref={`/${ctx.language}/`} />
    </Layout>
  );
}

/** A standalone error page, for hosts that belong to no site. */
export function BareErrorPage(props: { t: Translate; language: string; dir: 'ltr' | 'rtl'; cssUrl: string; kind: ErrorKind; reason?: string }) {
  const { t } = props;
  return (
    <html lang={props.language} dir={props.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t(`error.${props.kind}.title`)}</title>
        <link rel="stylesheet" href={props.cssUrl} />
      </head>
      <body>
        <main id="main" class="wrap">
          <ErrorBody t={t} kind={props.kind} reason={props.reason} />
        </main>
      </body>
    </html>
  );
}

function ErrorBody(props: { t: Translate; kind: ErrorKind; reason?: string; homeHref?: string }) {
  const { t } = props;
  return (
    <div class="error-page">
      <h1>{t(`error.${props.kind}.title`)}</h1>
      <p>{t(`error.${props.kind}.body`, { reason: props.reason ?? '' })}</p>
      {props.homeHref && (
        <p>
          <a href={props.homeHref}>{t('error.backHome')}</a>
        </p>
      )}
    </div>
  );
}
