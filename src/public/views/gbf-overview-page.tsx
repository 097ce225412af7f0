import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import type { GbfOverview } from '../gbf.ts';
import { Breadcrumbs } from './components.tsx';

/**
 * `/{lang}/gbf`: the framework's four goals, then its 23 targets under the framework's three
 * sections, each with what this country has on it (national targets aligned, other content).
 * Titles missing in the page language are shown in the one found, marked with `lang`.
 */
export function GbfOverviewPage(props: { ctx: PageContext; overview: GbfOverview }) {
  const { ctx, overview } = props;
  const { t, language } = ctx;
  const title = t('gbf.overview.title');
  return (
    <Layout ctx={ctx} title={title} description={t('gbf.overview.lead')}>
      <Breadcrumbs language={language} t={t} trail={[{ label: title }]} />
      <h1>{title}</h1>
      <p class="lead">{t('gbf.overview.lead')}</p>
      {overview.goals.length > 0 && (
        <section aria-labelledby="gbf-goals">
          <h2 id="gbf-goals">{t('gbf.overview.goals')}</h2>
          <ul class="gbf-goals">
            {overview.goals.map((goal) => (
              <li>
                <strong class="gbf-number">{t('gbf.goalLetter', { letter: goal.letter })}</strong>{' '}
                <span lang={goal.title.lang} dir={goal.title.dir}>{goal.title.text}</span>
                {goal.description && (
                  <span class="meta gbf-goals__text" lang={goal.description.lang} dir={goal.description.dir}>
                    {goal.description.text}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {overview.sections.map((section) => (
        <section aria-labelledby={`gbf-section-${section.key}`}>
          <h2 id={`gbf-section-${section.key}`}>{t(`gbf.section.${section.key}`)}</h2>
          <ul class="grid">
            {section.targets.map((target) => (
              <li class="card">
                <h3>
                  <a href={target.href}>
                    <span class="gbf-number">{t('gbf.targetNumber', { number: target.n })}</span>{' '}
                    <span lang={target.title.lang} dir={target.title.dir}>{target.title.text}</span>
                  </a>
                </h3>
                <p class="meta">
                  {t('gbf.count.nationalTargets', { count: target.counts.nationalTargets })}
                  {' · '}
                  {t('gbf.count.content', { count: target.counts.other })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
