import type { Translate } from '../../i18n/translator.ts';
import { formatDate } from '../../web/format.ts';
import type { SyncProvenance } from '../national-data.ts';

/**
 * Where a synced record comes from, on its page: "From the CBD's clearing-house: last synced
 * 3 March 2026 · View the record at the CBD", and the sample-data label when it applies. The
 * record's link is here, so the page leaves `cbdRecordUrl` out of its details.
 */
export function ItemProvenance(props: { provenance: SyncProvenance; recordUrl?: string; language: string; t: Translate }) {
  const { provenance, recordUrl, language, t } = props;
  return (
    <>
      <p class="notice provenance" role="note" lang={language}>
        {provenance.syncedAt ? (
          <time dateTime={provenance.syncedAt}>{t('cbd.provenance.item', { date: formatDate(provenance.syncedAt, language) })}</time>
        ) : (
          t('cbd.provenance.itemUndated')
        )}
        {recordUrl && (
          <>
            {' · '}
            <a href={recordUrl} rel="noopener">{t('cbd.provenance.recordLink')}</a>
          </>
        )}
      </p>
      {provenance.sampleData && <SampleDataLabel text={t('cbd.sampleData.item')} language={language} />}
    </>
  );
}

/** The one line a listing of synced records shows about them, and the sample-data label. */
export function ListingProvenance(props: { provenance: SyncProvenance; language: string; t: Translate }) {
  const { provenance, language, t } = props;
  return (
    <>
      {provenance.syncedAt && (
        <p class="meta provenance">
          <time dateTime={provenance.syncedAt}>{t('cbd.provenance.listing', { date: formatDate(provenance.syncedAt, language) })}</time>
        </p>
      )}
      {provenance.sampleData && <SampleDataLabel text={t('cbd.sampleData.listing')} language={language} />}
    </>
  );
}

/** Sample data must never pass for a country's official record: a label that stands out, in words (not colour alone). */
function SampleDataLabel(props: { text: string; language: string }) {
  return (
    <p class="sample-data" role="note" lang={props.language}>
      <strong>{props.text}</strong>
    </p>
  );
}
