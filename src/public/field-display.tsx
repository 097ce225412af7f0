import type { FieldDefinition } from '../content/content-type.ts';
import type { Translate } from '../i18n/translator.ts';
import { formatDate, formatList, formatMoney, formatNumber, formatZonedDateTime } from '../web/format.ts';

/** How one field value reads on a public page; pure, so item pages and feeds show fields alike. */
export function FieldValue(props: { field: FieldDefinition; value: unknown; language: string; t: Translate }) {
  const { field, value, language, t } = props;
  switch (field.kind) {
    case 'date':
      return <time dateTime={value as string}>{formatDate(value as string, language)}</time>;
    case 'datetime': {
      const v = value as { at: string; zone: string };
      return <time dateTime={v.at}>{formatZonedDateTime(v, language)}</time>;
    }
    case 'url':
      return <a href={value as string} rel="noopener">{displayUrl(value as string)}</a>;
    case 'email':
      return <a href={`mailto:${value as string}`}>{value as string}</a>;
    case 'phone':
      return <a href={`tel:${(value as string).replace(/[^+\d]/g, '')}`} dir="ltr">{value as string}</a>;
    case 'boolean':
      return <>{t(value ? 'item.yes' : 'item.no')}</>;
    case 'select':
      return <>{t(`option.${field.name}.${value as string}`)}</>;
    case 'multiselect':
      return <>{formatList((value as string[]).map((v) => t(`option.${field.name}.${v}`)), language)}</>;
    case 'textlist':
      // A focal point's addresses and numbers (synced from the CBD): one per line, each one a link to write or call.
      if (field.name === 'emails' || field.name === 'phones') {
        return (
          <>
            {(value as string[]).map((v, i) => (
              <>
                {i > 0 && <br />}
                {field.name === 'emails' ? <a href={`mailto:${v}`}>{v}</a> : <a href={`tel:${v.replace(/[^+\d]/g, '')}`} dir="ltr">{v}</a>}
              </>
            ))}
          </>
        );
      }
      return <>{formatList(value as string[], language)}</>;
    case 'terms':
      return <>{formatList(value as string[], language)}</>;
    case 'money':
      return <>{formatMoney(value as { amount: number; currency: string }, language)}</>;
    case 'integer':
      return <>{field.name === 'durationMinutes' ? t('item.minutes', { count: value as number }) : field.name === 'wdpaId' || field.name === 'targetYear' ? String(value) : formatNumber(value as number, language)}</>;
    case 'number':
      return <>{field.name.endsWith('Km2') ? t('item.areaKm2', { value: formatNumber(value as number, language) }) : formatNumber(value as number, language)}</>;
    case 'links':
      return (
        <ul>
          {(value as { url: string; title: string }[]).map((link) => (
            <li>
              <a href={link.url}>{link.title || displayUrl(link.url)}</a>
            </li>
          ))}
        </ul>
      );
    case 'point': {
      const p = value as { lat: number; lng: number };
      return <>{t('item.coordinates', { lat: p.lat, lng: p.lng })}</>;
    }
    case 'richtext':
      return <div dangerouslySetInnerHTML={{ __html: value as string }} />;
    default:
      return <>{String(value)}</>;
  }
}

function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return (u.host + (u.pathname === '/' ? '' : u.pathname)).replace(/^www\./, '');
  } catch {
    return url;
  }
}
