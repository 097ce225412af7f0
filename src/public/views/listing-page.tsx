import type { ContentTypeDefinition } from '../../content/content-type.ts';
import { siteName } from '../../sites/site.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import type { SyncProvenance } from '../national-data.ts';
import { CardGrid, type CardModel, Pagination, Breadcrumbs } from './components.tsx';
import { ListingProvenance } from './sync-provenance.tsx';
import { SubscribeLinks } from './subscribe-links.tsx';

export interface ListingPageProps {
  ctx: PageContext;
  type: ContentTypeDefinition;
  cards: CardModel[];
  total: number;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** For dated types: which half is shown, with links to both. */
  when?: { current: 'upcoming' | 'past'; upcomingHref: string; pastHref: string };
  tagTitle?: string;
  /** Links that narrow the list by GBF target or year, with counts; the current one is marked. */
  facets?: ListingFacetLinks;
  /** For a list of records synced from the CBD: when they were synced, and whether they are sample data. */
  provenance?: SyncProvenance;
}

export interface FacetLink {
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface ListingFacetLinks {
  targets: FacetLink[];
  years: FacetLink[];
  /** The list without this filter, when it is set. */
  allTargetsHref?: string;
  allYearsHref?: string;
}

export function ListingPage(props: ListingPageProps) {
  const { ctx, type } = props;
  const { t, language } = ctx;
  const title = t(`type.${type.name}.plural`);
  return (
    <Layout ctx={ctx} title={title} description={t('listing.description', { items: title, site: siteName(ctx.site, language) })}>
      <Breadcrumbs language={language} t={t} trail={[{ label: title }]} />
      <h1>{title}</h1>
      {props.provenance && <ListingProvenance provenance={props.provenance} language={language} t={t} />}
      {props.tagTitle && <p class="lead">{t('listing.taggedWith', { tag: props.tagTitle })}</p>}
      {props.when && (
        <ul class="tabs">
          <li>
            <a href={props.when.upcomingHref} aria-current={props.when.current === 'upcoming' ? 'page' : undefined}>{t('listing.upcoming')}</a>
          </li>
          <li>
            <a href={props.when.pastHref} aria-current={props.when.current === 'past' ? 'page' : undefined}>{t('listing.past')}</a>
          </li>
        </ul>
      )}
      <p class="meta">{t('listing.count', { count: props.total })}</p>
      <SubscribeLinks type={type} language={language} t={t} />
      {props.facets && (props.facets.targets.length > 0 || props.facets.years.length > 1) && <Facets facets={props.facets} t={t} />}
      <CardGrid cards={props.cards} language={language} t={t} />
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </Layout>
  );
}

/** Filters as plain links (no script): GBF targets and years present in the list, with counts. */
function Facets(props: { facets: ListingFacetLinks; t: ListingPageProps['ctx']['t'] }) {
  const { facets, t } = props;
  const group = (id: string, heading: string, links: FacetLink[], allHref: string | undefined) =>
    links.length > 0 && (
      <section aria-labelledby={id} class="listing-facet">
        <h2 id={id}>{heading}</h2>
        <ul>
          {allHref && (
            <li>
              <a href={allHref}>{t('listing.facetAll')}</a>
            </li>
          )}
          {links.map((link) => (
            <li>
              <a href={link.href} aria-current={link.current ? 'true' : undefined}>
                {link.label}
              </a>{' '}
              <span class="listing-facet__count">{t('listing.facetCount', { count: link.count })}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <nav class="listing-facets" aria-label={t('listing.facets')}>
      {group('facet-targets', t('listing.byTarget'), facets.targets, facets.allTargetsHref)}
      {facets.years.length > 1 || facets.allYearsHref ? group('facet-years', t('listing.byYear'), facets.years, facets.allYearsHref) : null}
    </nav>
  );
}
