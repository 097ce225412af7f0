/**
 * The CBD subject areas (thesaurus domain `CBD-SUBJECTS`) of each KMGBF target, as the Secretariat
 * relates them: the `CBD-SUBJECT-…` entries of `GBF_SAMEAS` in
 * `scbd/drupal-module-scbd-field-js:src/utils/constants.js` (commit 5b7bf24), the table SCBD's own
 * tagging widget uses to suggest subjects, Aichi targets and SDGs for a GBF target.
 *
 * Only the identifiers written `CBD-SUBJECT-…` are kept; the table's few GUIDs are terms of
 * domains this export cannot name with certainty. Used to fill a record's `cbdSubjects` (mandatory
 * in `resource`) from the GBF targets an editor chose (docs/cbd-exchange.md).
 */
export const gbfTargetSubjects: Readonly<Record<string, readonly string[]>> = {
  'GBF-TARGET-01': ['CBD-SUBJECT-MAR', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-PA'],
  'GBF-TARGET-02': ['CBD-SUBJECT-MAR', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-PA'],
  'GBF-TARGET-03': ['CBD-SUBJECT-MAR', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-PA'],
  'GBF-TARGET-04': ['CBD-SUBJECT-SWM', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-SYNBIO', 'CBD-SUBJECT-PA'],
  'GBF-TARGET-05': ['CBD-SUBJECT-SWM', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-PA'],
  'GBF-TARGET-06': ['CBD-SUBJECT-IAS', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-SYNBIO'],
  'GBF-TARGET-07': ['CBD-SUBJECT-SYNBIO'],
  'GBF-TARGET-08': ['CBD-SUBJECT-CC', 'CBD-SUBJECT-SYNBIO'],
  'GBF-TARGET-09': ['CBD-SUBJECT-SWM', 'CBD-SUBJECT-GSPC'],
  'GBF-TARGET-10': ['CBD-SUBJECT-SWM', 'CBD-SUBJECT-GSPC', 'CBD-SUBJECT-SYNBIO', 'CBD-SUBJECT-AGR'],
  'GBF-TARGET-11': ['CBD-SUBJECT-GSPC', 'CBD-SUBJECT-LR', 'CBD-SUBJECT-AGR'],
  'GBF-TARGET-12': [],
  'GBF-TARGET-13': ['CBD-SUBJECT-DSI', 'CBD-SUBJECT-SYNBIO', 'CBD-SUBJECT-NPABS', 'CBD-SUBJECT-ABS'],
  'GBF-TARGET-14': [],
  'GBF-TARGET-15': ['CBD-SUBJECT-LR'],
  'GBF-TARGET-16': [],
  'GBF-TARGET-17': ['CBD-SUBJECT-CPB', 'CBD-SUBJECT-SYNBIO', 'CBD-SUBJECT-LR'],
  'GBF-TARGET-18': ['CBD-SUBJECT-LR', 'CBD-SUBJECT-FIN'],
  'GBF-TARGET-19': ['CBD-SUBJECT-LR', 'CBD-SUBJECT-DSI', 'CBD-SUBJECT-FIN', 'CBD-SUBJECT-ILC'],
  'GBF-TARGET-20': ['CBD-SUBJECT-STTM', 'CBD-SUBJECT-SYNBIO', 'CBD-SUBJECT-NAP-CB'],
  'GBF-TARGET-21': ['CBD-SUBJECT-STTM', 'CBD-SUBJECT-KM'],
  'GBF-TARGET-22': ['CBD-SUBJECT-ILC'],
  'GBF-TARGET-23': ['CBD-SUBJECT-GEND'],
};
