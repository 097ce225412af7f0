import type { Translate } from '../../i18n/translator.ts';

export interface TagGroup {
  vocabulary: string;
  /** Terms under their broader term's title (a section without a label lists the vocabulary flat). */
  sections: { label?: string; terms: { identifier: string; label: string }[] }[];
}

/**
 * Tags from the shared vocabularies as grouped checkboxes, each vocabulary a collapsible group
 * (open when it is GBF targets or has a chosen term). It works as plain HTML; the admin's
 * tag-filter island (`src/web/islands/tag-filter.ts`) adds a search box that filters the checkboxes as one types.
 */
export function TagPicker(props: { groups: TagGroup[]; selected: ReadonlySet<string>; t: Translate }) {
  const { t, selected } = props;
  return (
    <fieldset class="tag-picker" data-tag-picker>
      <legend>{t('admin.tags.legend')}</legend>
      <div class="form-field" hidden data-tag-search>
        <label for="control-tag-search">{t('admin.tags.search')}</label>
        <input id="control-tag-search" type="search" autocomplete="off" aria-describedby="control-tag-search-status" />
        <p class="hint" id="control-tag-search-status" aria-live="polite" data-tag-search-status data-no-match={t('admin.tags.noMatch')} />
      </div>
      {props.groups.map((group) => {
        const chosen = group.sections.reduce((n, s) => n + s.terms.filter((term) => selected.has(term.identifier)).length, 0);
        const title = t(`admin.tags.vocabulary.${group.vocabulary}`);
        return (
          <details class="tag-group" open={group.vocabulary === 'gbf-targets' || chosen > 0}>
            <summary>
              {title}
              {chosen > 0 && <span class="meta"> {t('admin.tags.chosen', { count: chosen })}</span>}
            </summary>
            {group.sections.map((section) => (
              <fieldset class="tag-section" data-tag-section>
                <legend class={section.label ? undefined : 'visually-hidden'}>{section.label ?? title}</legend>
                <div class="check-columns">
                  {section.terms.map((term) => (
                    <label class="check">
                      <input type="checkbox" name="tags" value={term.identifier} checked={selected.has(term.identifier)} /> {term.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </details>
        );
      })}
    </fieldset>
  );
}
