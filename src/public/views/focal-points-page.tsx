import type { ItemView } from '../../content/item.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import type { FocalPointGroup, SyncProvenance } from '../national-data.ts';
import { ListingProvenance } from './sync-provenance.tsx';
import { Breadcrumbs } from './components.tsx';

export interface FocalPointsPageProps {
  ctx: PageContext;
  groups: FocalPointGroup[];
  /** How many people in all (someone in two categories counts once). */
  total: number;
  hrefOf: (view: ItemView) => string;
  provenance?: SyncProvenance;
}

/**
 * `/{lang}/focal-points`: the country's national focal points under the categories the CBD lists
 * them in, each person with what a visitor needs to reach them: name, designation, organisation,
 * e-mail and telephone as links.
 */
export function FocalPointsPage(props: FocalPointsPageProps) {
  const { ctx } = props;
  const { t, language } = ctx;
  const title = t('type.focal-point.plural');
  return (
    <Layout ctx={ctx} title={title} description={t('focalPoints.description')}>
      <Breadcrumbs language={language} t={t} trail={[{ label: title }]} />
      <h1>{title}</h1>
      {props.provenance && <ListingProvenance provenance={props.provenance} language={language} t={t} />}
      <p class="meta">{t('focalPoints.count', { count: props.total })}</p>
      {props.groups.length === 0 && <p>{t('listing.empty')}</p>}
      {props.groups.map((group, i) => (
        <section aria-labelledby={`focal-group-${i}`}>
          <h2 id={`focal-group-${i}`}>{group.category ? t(`option.categories.${group.category}`) : t('focalPoints.otherCategory')}</h2>
          <ul class="grid">
            {group.people.map((view) => (
              <li>
                <Person view={view} href={props.hrefOf(view)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

/** One focal point: the texts are the record's, in its language when the page's has none. */
function Person(props: { view: ItemView; href: string }) {
  const { view, href } = props;
  const { translation, item, isFallback } = view;
  const text = (name: string) => {
    const value = translation.fields[name];
    return typeof value === 'string' && value ? value : undefined;
  };
  const list = (name: string) => (Array.isArray(item.fields[name]) ? (item.fields[name] as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '') : []);
  const designation = text('designation');
  const organization = text('organization');
  const department = text('department');
  return (
    <article class="card" lang={isFallback ? translation.language : undefined}>
      <h3>
        <a href={href} hrefLang={isFallback ? translation.language : undefined}>
          {translation.title}
        </a>
      </h3>
      {designation && <p>{designation}</p>}
      {organization && <p class="meta">{organization}</p>}
      {department && <p class="meta">{department}</p>}
      {list('emails').map((email) => (
        <p class="contact-line">
          <a href={`mailto:${email}`}>{email}</a>
        </p>
      ))}
      {list('phones').map((phone) => (
        <p class="contact-line">
          <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} dir="ltr">
            {phone}
          </a>
        </p>
      ))}
    </article>
  );
}
