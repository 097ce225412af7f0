import type { ItemView } from '../../content/item.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { type Alignment, alignmentWith, type GbfTargetPage as GbfTargetPageData } from '../gbf.ts';
import { type CardModel, ItemCard, Pagination, Breadcrumbs } from './components.tsx';

export interface GbfTargetPageProps {
  ctx: PageContext;
  target: GbfTargetPageData;
  /** The national targets aligned with this target, with their pages. */
  nationalTargets: { view: ItemView; href: string }[];
  /** This page of the other content tagged with the target. */
  cards: CardModel[];
  total: number;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}

/**
 * `/{lang}/gbf/targets/{n}`: the target's official title and text, the country's national targets
 * aligned with it (with how closely), the site's other content on it, and the targets either side.
 */
export function GbfTargetPage(props: GbfTargetPageProps) {
  const { ctx, target } = props;
  const { t, language } = ctx;
  const label = t('gbf.targetNumber', { number: target.n });
  return (
    <Layout ctx={ctx} title={t('gbf.targetWithTitle', { number: target.n, title: target.title.text })} description={target.text?.text}>
      <Breadcrumbs language={language} t={t} trail={[{ label: t('gbf.overview.title'), href: `/${language}/gbf` }, { label }]} />
      <p class="card__type">{label}</p>
      <h1 lang={target.title.lang} dir={target.title.dir}>
        {target.title.text}
      </h1>
      {target.text && (
        <p class="lead" lang={target.text.lang} dir={target.text.dir}>
          {target.text.text}
        </p>
      )}
      <p>
        <a href={target.cbdUrl} rel="noopener">{t('gbf.target.cbdLink', { number: target.n })}</a>
      </p>

      <section aria-labelledby="gbf-national">
        <h2 id="gbf-national">{t('gbf.target.nationalTargets')}</h2>
        {props.nationalTargets.length ? (
          <ul class="grid">
            {props.nationalTargets.map(({ view, href }) => (
              <li>
                <NationalTargetCard view={view} href={href} alignment={alignmentWith(view.item, target.identifier)} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('gbf.target.noNationalTargets')}</p>
        )}
      </section>

      <section aria-labelledby="gbf-content">
        <h2 id="gbf-content">{t('gbf.target.content')}</h2>
        {props.cards.length ? (
          <>
            <p class="meta">{t('listing.count', { count: props.total })}</p>
            <ul class="grid">
              {props.cards.map((card) => (
                <li>
                  <ItemCard card={card} language={language} t={t} showType />
                </li>
              ))}
            </ul>
            <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
          </>
        ) : (
          <p>{t('gbf.target.noContent')}</p>
        )}
      </section>

      <nav class="gbf-pager" aria-label={t('gbf.target.otherTargets')}>
        {target.previous && <a href={target.previous.href}>{t('gbf.target.previous', { number: target.previous.n })}</a>}
        {target.next && <a href={target.next.href}>{t('gbf.target.next', { number: target.next.n })}</a>}
      </nav>
    </Layout>
  );
}

/** A national target on a GBF target's page: its code, its title and how closely it is aligned. */
function NationalTargetCard(props: { view: ItemView; href: string; alignment: Alignment; t: PageContext['t'] }) {
  const { view, href, alignment, t } = props;
  const { translation, isFallback } = view;
  const code = view.item.fields.code;
  return (
    <article class="card">
      {typeof code === 'string' && code && <span class="card__type">{code}</span>}
      <h3>
        <a href={href} lang={isFallback ? translation.language : undefined} hrefLang={isFallback ? translation.language : undefined}>
          {translation.title}
        </a>
      </h3>
      <p class={alignment === 'notStated' ? 'meta' : 'meta gbf-alignment'}>{t(`gbf.alignment.${alignment}`)}</p>
    </article>
  );
}
