import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { languageDirection } from '../i18n/languages.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import { siteName } from '../sites/site.ts';
import { siteCss } from '../web/assets.ts';
import { negotiateUiLanguage } from '../web/error-pages.ts';
import { renderDocument } from '../web/layout.tsx';
import { PortalPage } from './views/portal-page.tsx';

/**
 * The network portal on the bare host: the list of sites (aggregated streams come with network work).
 * `/` is shared: on a site's host it sends the visitor to the site's default language.
 */
export async function networkRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { lang?: string } }>('/', async (request, reply) => {
    if (request.site) return reply.redirect(`/${request.site.defaultLanguage}/`, 302);
    const shipped = shippedUiLanguages();
    const language = request.query.lang && shipped.includes(request.query.lang) ? request.query.lang : negotiateUiLanguage(request.headers['accept-language']);
    const port = request.headers.host?.match(/:(\d+)$/)?.[1];
    const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const sites = app.services.sites
      .all()
      .filter((site) => site.status !== 'suspended')
      .sort((a, b) => siteName(a, language).localeCompare(siteName(b, language), language))
      .map((site) => {
        const primary = site.domains.find((d) => d.kind === 'primary');
        const host = primary ? primary.host : `${site.code}.${app.services.config.localSiteSuffix}${port ? `:${port}` : ''}`;
        return {
          code: site.code,
          name: siteName(site, language),
          href: `${primary ? 'https' : request.protocol}://${host}/`,
          status: site.status,
          languages: site.languages,
          countryName: site.country ? (regionNames.of(site.country.toUpperCase()) ?? null) : null,
        };
      });
    return reply
      .type('text/html; charset=utf-8')
      .header('vary', 'accept-language')
      .send(
        renderDocument(
          h(PortalPage, {
            t: translator(language),
            language,
            dir: languageDirection(language),
            cssUrl: siteCss.url,
            sites,
            languageLinks: shipped.map((l) => ({ language: l, href: `/?lang=${l}`, current: l === language })),
          }),
        ),
      );
  });
}
