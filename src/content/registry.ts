import type { ContentTypeDefinition } from './content-type.ts';
import { contactPerson } from './types/contact-person.ts';
import { document } from './types/document.ts';
import { ecosystem } from './types/ecosystem.ts';
import { event } from './types/event.ts';
import { faq } from './types/faq.ts';
import { focalPoint } from './types/focal-point.ts';
import { learningResource } from './types/learning-resource.ts';
import { mediaItem } from './types/media-item.ts';
import { nationalReport } from './types/national-report.ts';
import { nationalTarget } from './types/national-target.ts';
import { nbsap } from './types/nbsap.ts';
import { news } from './types/news.ts';
import { organization } from './types/organization.ts';
import { page } from './types/page.ts';
import { project } from './types/project.ts';
import { protectedArea } from './types/protected-area.ts';
import { relatedWebsite } from './types/related-website.ts';
import { species } from './types/species.ts';

/** Every content type, in the order the public navigation lists them. */
export const contentTypes: readonly ContentTypeDefinition[] = [
  news,
  event,
  document,
  nationalTarget,
  nbsap,
  nationalReport,
  focalPoint,
  project,
  protectedArea,
  ecosystem,
  species,
  organization,
  contactPerson,
  learningResource,
  mediaItem,
  relatedWebsite,
  faq,
  page,
];

const byName = new Map(contentTypes.map((type) => [type.name, type]));
const bySegment = new Map(contentTypes.map((type) => [type.segment, type]));
if (byName.size !== contentTypes.length || bySegment.size !== contentTypes.length) {
  throw new Error('Two content types share a name or a URL segment');
}
/** Segments the public site uses for pages of its own, under `/{lang}/`. */
export const reservedSegments = ['search', 'topics', 'gbf', 'admin', 'api', 'feeds'];
for (const type of contentTypes) {
  if (reservedSegments.includes(type.segment)) throw new Error(`Content type ${type.name} uses the reserved URL segment "${type.segment}"`);
}

export function contentTypeByName(name: string): ContentTypeDefinition | undefined {
  return byName.get(name);
}

export function contentTypeBySegment(segment: string): ContentTypeDefinition | undefined {
  return bySegment.get(segment);
}
