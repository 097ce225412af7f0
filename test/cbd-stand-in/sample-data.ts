/**
 * Sample national data for the demo countries Belgium (`be`: en, fr), Benin (`bj`: fr, en) and
 * Morocco (`ma`: ar, fr, en), as the CBD's systems would hold it: KM-GBF national targets,
 * NBSAPs, national reports (7th in ORT, 6th and legacy 1st–5th and NBSAPs in the CHM) and
 * national focal points. Plus what a correct query must leave out: records of other countries
 * (`fr`, `nl`) and earlier revisions (`version_s` set).
 *
 * Built by code, deterministically (identifiers are hashes of fixed seeds, dates fixed): two
 * calls give equal data. The texts are realistic but invented: people, e-mail addresses (under
 * the reserved `.example` domain) and phone numbers are fictitious; document links follow the
 * CBD's `https://www.cbd.int/doc/world/{cc}/…` pattern and are never fetched by tests.
 */
import { degreeOfAlignment, thesaurusDomains } from './thesaurus.ts';
import { asOlderVersion, guidFrom } from './records.ts';
import type { StandInData, StandInDocument, StandInRecord } from './types.ts';

type L = Record<string, string>;

export const sampleCountries = ['be', 'bj', 'ma'] as const;
/** Countries that have a few records in the sample but no site: they must never show up on be/bj/ma. */
export const otherCountries = ['fr', 'nl'] as const;

export const reportTypes = {
  nbsap: 'B0EBAE91-9581-4BB2-9C02-52FCF9D82721',
  nr5: 'B3079A36-32A3-41E2-BDE0-65E4E3A51601',
  nr4: '272B0A17-5569-429D-ADF5-2A55C588F7A7',
  nr3: 'DA7E04F1-D2EA-491E-9503-F7923B1FD7D4',
  nr2: 'A49393CA-2950-4EFD-8BCC-33266D69232F',
  nr1: 'F27DBC9B-FF25-471B-B624-C0F73E76C8B3',
} as const;

const nbsapStatus = { draft: '9D17F3A2-EC92-4D31-81EF-A12521873D7F', final: '1C37E358-5295-46EB-816C-0A7EF2437EC9' } as const;
const jurisdictionNational = '7437F880-7B12-4F26-AA91-CED37250DD0A';
const approvingBody = { interMinisterial: 'D3A4624E-21D9-4E49-953F-529734538E56', minister: 'E7398F2B-FA36-4F42-85C2-5D0044440476' } as const;

const { high, medium, low } = degreeOfAlignment;

interface TargetSpec {
  title: L;
  description: L;
  alignment: [number, string][];
  goals: string[];
  headline: string[];
}

interface NbsapSpec {
  title: L;
  summary: L;
  gbfAligned: boolean;
  period: [string, string];
  status: keyof typeof nbsapStatus;
  adoptionDate?: string;
  approvingBody?: string;
  version: string;
  /** An earlier revision's title: the record then has revision 2 and an older index doc. */
  earlierTitle?: L;
}

interface LegacyReportSpec {
  type: keyof typeof reportTypes;
  title: L;
  submitted: string;
  period: [string, string];
  file: string;
}

interface FocalPointSpec {
  categories: string[];
  title: string;
  firstName: string;
  lastName: string;
  designation: L;
  organization: L;
  department?: L;
  city: string;
  email: string;
  phone: string;
  /** An earlier revision's e-mail: the record then has revision 3 and an older index doc. */
  earlierEmail?: string;
}

interface CountrySpec {
  code: string;
  languages: string[];
  targets: TargetSpec[];
  /** An earlier revision's title for the first target. */
  firstTargetEarlierTitle?: L;
  nbsaps: NbsapSpec[];
  nr7: L;
  nr6: L;
  legacy: LegacyReportSpec[];
  focalPoints: FocalPointSpec[];
}

const belgium: CountrySpec = {
  code: 'be',
  languages: ['en', 'fr'],
  targets: [
    {
      title: { en: 'By 2030, at least 30% of Belgium’s land, inland waters and marine areas are effectively conserved', fr: 'D’ici 2030, au moins 30 % des zones terrestres, des eaux intérieures et des zones marines de la Belgique sont effectivement conservées' },
      description: { en: '<p>The Natura 2000 network, nature reserves and other effective area-based conservation measures are extended and connected, and each site has a management plan with conservation objectives.</p>', fr: '<p>Le réseau Natura 2000, les réserves naturelles et les autres mesures de conservation efficaces par zone sont étendus et reliés entre eux, et chaque site dispose d’un plan de gestion assorti d’objectifs de conservation.</p>' },
      alignment: [[3, high], [1, low]],
      goals: ['A'],
      headline: ['3.1', '1.1'],
    },
    {
      title: { en: 'By 2030, restoration is under way on at least 30% of degraded terrestrial, freshwater and marine ecosystems, starting with wetlands, peatlands and river valleys', fr: 'D’ici 2030, la restauration est engagée sur au moins 30 % des écosystèmes terrestres, d’eau douce et marins dégradés, en commençant par les zones humides, les tourbières et les vallées alluviales' },
      description: { en: '<p>Restoration priorities follow the EU Nature Restoration Regulation; the three regions report on the area under restoration every three years.</p>', fr: '<p>Les priorités de restauration suivent le règlement européen relatif à la restauration de la nature ; les trois régions rendent compte tous les trois ans des superficies en cours de restauration.</p>' },
      alignment: [[2, high], [8, low]],
      goals: ['A'],
      headline: ['2.2'],
    },
    {
      title: { en: 'The rate of establishment of invasive alien species is halved by 2030 and priority species are managed', fr: 'Le taux d’établissement des espèces exotiques envahissantes est réduit de moitié d’ici 2030 et les espèces prioritaires font l’objet d’une gestion' },
      description: { en: '<p>Pathways of introduction are monitored under Regulation (EU) 1143/2014, an early-warning network reports new species and rapid eradication is organised.</p>', fr: '<p>Les voies d’introduction sont surveillées en application du règlement (UE) 1143/2014, un réseau d’alerte précoce signale les nouvelles espèces et une éradication rapide est organisée.</p>' },
      alignment: [[6, high]],
      goals: ['A'],
      headline: ['6.1'],
    },
    {
      title: { en: 'The use and risk of chemical pesticides and nutrient losses to the environment are reduced by at least 50% by 2030', fr: 'L’utilisation et le risque des pesticides chimiques ainsi que les pertes de nutriments dans l’environnement sont réduits d’au moins 50 % d’ici 2030' },
      description: { en: '<p>The federal and regional plans for the sustainable use of pesticides and the nitrate action programmes set yearly milestones.</p>', fr: '<p>Les plans fédéral et régionaux de réduction des pesticides et les programmes d’action nitrates fixent des étapes annuelles.</p>' },
      alignment: [[7, high], [10, medium]],
      goals: ['A', 'B'],
      headline: ['7.1', '7.2'],
    },
    {
      title: { en: 'Large companies and financial institutions assess and disclose their risks, dependencies and impacts on biodiversity', fr: 'Les grandes entreprises et les institutions financières évaluent et publient leurs risques, dépendances et impacts en matière de biodiversité' },
      description: { en: '<p>Disclosure builds on the Corporate Sustainability Reporting Directive; a federal helpdesk supports small and medium-sized enterprises.</p>', fr: '<p>La publication s’appuie sur la directive relative à la publication d’informations en matière de durabilité ; un service d’assistance fédéral accompagne les petites et moyennes entreprises.</p>' },
      alignment: [[15, medium]],
      goals: ['B', 'D'],
      headline: ['15.1'],
    },
    {
      title: { en: 'Biodiversity data, information and knowledge are openly available to decision makers and the public through the national clearing-house mechanism', fr: 'Les données, informations et connaissances sur la biodiversité sont librement accessibles aux décideurs et au public grâce au centre d’échange national' },
      description: { en: '<p>The Belgian Biodiversity Platform publishes national datasets to GBIF, and the national clearing-house mechanism links them to the targets they inform.</p>', fr: '<p>La Plateforme belge de la biodiversité publie les jeux de données nationaux dans le GBIF, et le centre d’échange national les relie aux objectifs qu’ils documentent.</p>' },
      alignment: [[21, high], [20, low]],
      goals: ['D'],
      headline: ['21.1'],
    },
  ],
  firstTargetEarlierTitle: { en: 'By 2030, 30% of Belgium’s territory is protected', fr: 'D’ici 2030, 30 % du territoire de la Belgique est protégé' },
  nbsaps: [
    {
      title: { en: 'Belgium’s National Biodiversity Strategy 2030', fr: 'Stratégie nationale de la Belgique pour la biodiversité 2030' },
      summary: { en: '<p>Belgium’s strategy and action plan aligned with the Kunming-Montreal Global Biodiversity Framework, adopted by the federal and regional governments.</p>', fr: '<p>Stratégie et plan d’action de la Belgique alignés sur le Cadre mondial de la biodiversité de Kunming-Montréal, adoptés par les gouvernements fédéral et régionaux.</p>' },
      gbfAligned: true,
      period: ['2024-01-01', '2030-12-31'],
      status: 'final',
      adoptionDate: '2024-10-18',
      approvingBody: approvingBody.interMinisterial,
      version: 'v3',
    },
    {
      title: { en: 'Biodiversity 2020 – Update of Belgium’s National Strategy', fr: 'Biodiversité 2020 – Actualisation de la Stratégie nationale de la Belgique' },
      summary: { en: '<p>The 2013 update of the national strategy, with 15 strategic objectives towards the Aichi Biodiversity Targets.</p>', fr: '<p>L’actualisation de 2013 de la stratégie nationale, avec 15 objectifs stratégiques en vue des Objectifs d’Aichi pour la biodiversité.</p>' },
      gbfAligned: false,
      period: ['2013-01-01', '2020-12-31'],
      status: 'final',
      adoptionDate: '2013-11-21',
      approvingBody: approvingBody.interMinisterial,
      version: 'v2',
    },
  ],
  nr7: { en: 'Seventh national report of Belgium', fr: 'Septième rapport national de la Belgique' },
  nr6: { en: 'Sixth national report of Belgium', fr: 'Sixième rapport national de la Belgique' },
  legacy: [
    { type: 'nr5', title: { en: 'Fifth national report of Belgium', fr: 'Cinquième rapport national de la Belgique' }, submitted: '2014-06-05', period: ['2009-01-01', '2013-12-31'], file: 'be-nr-05' },
    { type: 'nr4', title: { en: 'Fourth national report of Belgium', fr: 'Quatrième rapport national de la Belgique' }, submitted: '2009-07-15', period: ['2005-01-01', '2008-12-31'], file: 'be-nr-04' },
    { type: 'nbsap', title: { en: 'Belgian National Strategy for Biodiversity 2006–2016', fr: 'Stratégie nationale de la Belgique pour la biodiversité 2006-2016' }, submitted: '2006-11-13', period: ['2006-01-01', '2016-12-31'], file: 'be-nbsap-01' },
    { type: 'nr3', title: { en: 'Third national report of Belgium', fr: 'Troisième rapport national de la Belgique' }, submitted: '2005-11-28', period: ['2001-01-01', '2004-12-31'], file: 'be-nr-03' },
  ],
  focalPoints: [
    { categories: ['CBD-FP1'], title: 'Ms.', firstName: 'Anne', lastName: 'Vandermeulen', designation: { en: 'Head of Multilateral and Strategic Affairs', fr: 'Cheffe du service Affaires multilatérales et stratégiques' }, organization: { en: 'Federal Public Service Health, Food Chain Safety and Environment', fr: 'Service public fédéral Santé publique, Sécurité de la chaîne alimentaire et Environnement' }, department: { en: 'DG Environment', fr: 'DG Environnement' }, city: 'Brussels', email: 'anne.vandermeulen@health.fgov.example', phone: '+32 2 555 01 10' },
    { categories: ['CHM-FP'], title: 'Mr.', firstName: 'Pieter', lastName: 'De Smet', designation: { en: 'Coordinator of the Belgian clearing-house mechanism', fr: 'Coordinateur du centre d’échange belge' }, organization: { en: 'Royal Belgian Institute of Natural Sciences', fr: 'Institut royal des Sciences naturelles de Belgique' }, city: 'Brussels', email: 'pieter.desmet@naturalsciences.example', phone: '+32 2 555 01 20' },
    { categories: ['ABS-FP'], title: 'Ms.', firstName: 'Sofie', lastName: 'Claes', designation: { en: 'Policy officer, access and benefit-sharing', fr: 'Attachée, accès et partage des avantages' }, organization: { en: 'Federal Public Service Health, Food Chain Safety and Environment', fr: 'Service public fédéral Santé publique, Sécurité de la chaîne alimentaire et Environnement' }, city: 'Brussels', email: 'sofie.claes@health.fgov.example', phone: '+32 2 555 01 30' },
    { categories: ['BCH-FP', 'CPB-FP1'], title: 'Mr.', firstName: 'Marc', lastName: 'Lambert', designation: { en: 'Biosafety and Biotechnology Unit', fr: 'Service Biosécurité et Biotechnologie' }, organization: { en: 'Sciensano', fr: 'Sciensano' }, city: 'Brussels', email: 'marc.lambert@sciensano.example', phone: '+32 2 555 01 40' },
    { categories: ['GTI-FP'], title: 'Ms.', firstName: 'Hélène', lastName: 'Dupont', designation: { en: 'Taxonomist, Global Taxonomy Initiative', fr: 'Taxonomiste, Initiative taxonomique mondiale' }, organization: { en: 'Royal Belgian Institute of Natural Sciences', fr: 'Institut royal des Sciences naturelles de Belgique' }, city: 'Brussels', email: 'helene.dupont@naturalsciences.example', phone: '+32 2 555 01 50' },
    { categories: ['SBSTTA-FP'], title: 'Dr', firstName: 'Tom', lastName: 'Peeters', designation: { en: 'Senior researcher', fr: 'Chercheur principal' }, organization: { en: 'Research Institute for Nature and Forest (INBO)', fr: 'Institut de recherche sur la nature et les forêts (INBO)' }, city: 'Brussels', email: 'tom.peeters@inbo.example', phone: '+32 2 555 01 60' },
  ],
};

const benin: CountrySpec = {
  code: 'bj',
  languages: ['fr', 'en'],
  targets: [
    {
      title: { fr: 'D’ici 2030, au moins 30 % du territoire national, notamment le complexe W-Pendjari, les forêts classées et les zones humides du sud, sont effectivement conservés', en: 'By 2030, at least 30% of the national territory, including the W-Pendjari complex, classified forests and southern wetlands, is effectively conserved' },
      description: { fr: '<p>Les aires protégées existantes sont consolidées et de nouvelles aires communautaires sont créées avec les communes riveraines.</p>', en: '<p>Existing protected areas are consolidated and new community conserved areas are created with neighbouring municipalities.</p>' },
      alignment: [[3, high]],
      goals: ['A'],
      headline: ['3.1'],
    },
    {
      title: { fr: 'Au moins 30 % des forêts, des mangroves et des terres dégradées font l’objet d’une restauration effective d’ici 2030', en: 'At least 30% of degraded forests, mangroves and lands are under effective restoration by 2030' },
      description: { fr: '<p>Le reboisement, la régénération naturelle assistée et la restauration des mangroves du littoral sont conduits avec les communautés.</p>', en: '<p>Reforestation, farmer-managed natural regeneration and the restoration of coastal mangroves are carried out with communities.</p>' },
      alignment: [[2, high], [8, medium]],
      goals: ['A'],
      headline: ['2.2'],
    },
    {
      title: { fr: 'Le braconnage et le commerce illégal d’espèces sauvages, notamment de l’éléphant, du lion et du pangolin, sont réduits de moitié', en: 'Poaching and illegal trade in wild species, notably elephant, lion and pangolin, are halved' },
      description: { fr: '<p>La lutte anti-braconnage, les contrôles aux frontières et la sensibilisation des communautés riveraines sont renforcés.</p>', en: '<p>Anti-poaching patrols, border controls and awareness-raising among neighbouring communities are strengthened.</p>' },
      alignment: [[5, high], [4, medium]],
      goals: ['A', 'B'],
      headline: ['A.3'],
    },
    {
      title: { fr: 'Les pratiques agroécologiques sont appliquées sur au moins 40 % des superficies agricoles', en: 'Agroecological practices are applied on at least 40% of agricultural land' },
      description: { fr: '<p>Le conseil agricole promeut l’agroforesterie, la rotation des cultures et la gestion intégrée de la fertilité des sols.</p>', en: '<p>Agricultural extension promotes agroforestry, crop rotation and integrated soil fertility management.</p>' },
      alignment: [[10, high], [7, low]],
      goals: ['B'],
      headline: ['10.1'],
    },
    {
      title: { fr: 'Les communautés locales et les femmes participent à la gouvernance des aires protégées et en partagent équitablement les avantages', en: 'Local communities and women take part in the governance of protected areas and share their benefits equitably' },
      description: { fr: '<p>Des comités locaux de gestion sont mis en place autour de chaque aire protégée et reçoivent une part des recettes touristiques.</p>', en: '<p>Local management committees are set up around each protected area and receive a share of tourism revenue.</p>' },
      alignment: [[22, medium], [23, medium]],
      goals: ['B'],
      headline: ['22.1'],
    },
  ],
  nbsaps: [
    {
      title: { fr: 'Stratégie et plan d’action nationaux pour la biodiversité du Bénin 2025-2030', en: 'Benin National Biodiversity Strategy and Action Plan 2025–2030' },
      summary: { fr: '<p>Projet de stratégie nationale aligné sur le Cadre mondial de la biodiversité de Kunming-Montréal, soumis à la validation nationale.</p>', en: '<p>Draft national strategy aligned with the Kunming-Montreal Global Biodiversity Framework, submitted for national validation.</p>' },
      gbfAligned: true,
      period: ['2025-01-01', '2030-12-31'],
      status: 'draft',
      version: 'v3',
      earlierTitle: { fr: 'Projet de SPANB du Bénin 2025-2030', en: 'Draft NBSAP of Benin 2025–2030' },
    },
  ],
  nr7: { fr: 'Septième rapport national du Bénin', en: 'Seventh national report of Benin' },
  nr6: { fr: 'Sixième rapport national du Bénin', en: 'Sixth national report of Benin' },
  legacy: [
    { type: 'nr5', title: { fr: 'Cinquième rapport national du Bénin sur la diversité biologique', en: 'Fifth national report of Benin on biological diversity' }, submitted: '2014-11-04', period: ['2009-01-01', '2013-12-31'], file: 'bj-nr-05' },
    { type: 'nbsap', title: { fr: 'Stratégie et plan d’action pour la biodiversité 2011-2020', en: 'Biodiversity strategy and action plan 2011–2020' }, submitted: '2011-12-02', period: ['2011-01-01', '2020-12-31'], file: 'bj-nbsap-v2' },
    { type: 'nr4', title: { fr: 'Quatrième rapport national du Bénin', en: 'Fourth national report of Benin' }, submitted: '2009-10-20', period: ['2005-01-01', '2008-12-31'], file: 'bj-nr-04' },
  ],
  focalPoints: [
    { categories: ['CBD-FP1'], title: 'M.', firstName: 'Rodrigue', lastName: 'Hounkpatin', designation: { fr: 'Directeur général de l’Environnement et du Climat', en: 'Director General for Environment and Climate' }, organization: { fr: 'Ministère du Cadre de vie et des Transports, chargé du Développement durable', en: 'Ministry of Living Environment and Transport, in charge of Sustainable Development' }, city: 'Cotonou', email: 'r.hounkpatin@cadredevie.gouv.example', phone: '+229 01 21 00 00 10' },
    { categories: ['CHM-FP'], title: 'Mme', firstName: 'Afiavi', lastName: 'Dossou', designation: { fr: 'Responsable du centre d’échange national', en: 'Manager of the national clearing-house mechanism' }, organization: { fr: 'Centre national de gestion des réserves de faune (CENAGREF)', en: 'National Centre for the Management of Wildlife Reserves (CENAGREF)' }, city: 'Cotonou', email: 'a.dossou@cenagref.example', phone: '+229 01 21 00 00 20' },
    { categories: ['ABS-FP'], title: 'M.', firstName: 'Issifou', lastName: 'Bio Sanni', designation: { fr: 'Point focal APA', en: 'ABS focal point' }, organization: { fr: 'Direction générale des Eaux, Forêts et Chasse', en: 'Directorate General of Water, Forests and Hunting' }, city: 'Cotonou', email: 'i.biosanni@eauxforets.example', phone: '+229 01 21 00 00 30' },
    { categories: ['BCH-FP'], title: 'Dr', firstName: 'Clarisse', lastName: 'Agbossou', designation: { fr: 'Enseignante-chercheuse en biotechnologie', en: 'Lecturer and researcher in biotechnology' }, organization: { fr: 'Université d’Abomey-Calavi', en: 'University of Abomey-Calavi' }, city: 'Abomey-Calavi', email: 'c.agbossou@uac.example', phone: '+229 01 21 00 00 40', earlierEmail: 'clarisse.agbossou@uac.example' },
    { categories: ['RM-FP'], title: 'M.', firstName: 'Sylvain', lastName: 'Gbaguidi', designation: { fr: 'Chargé des financements climat et biodiversité', en: 'Officer for climate and biodiversity finance' }, organization: { fr: 'Ministère de l’Économie et des Finances', en: 'Ministry of Economy and Finance' }, city: 'Cotonou', email: 's.gbaguidi@finances.example', phone: '+229 01 21 00 00 50' },
  ],
};

const morocco: CountrySpec = {
  code: 'ma',
  languages: ['ar', 'fr', 'en'],
  targets: [
    {
      title: { ar: 'بحلول عام 2030، يتم حفظ 30% على الأقل من المناطق البرية والبحرية، بما فيها محمية المحيط الحيوي لشجر الأركان والساحل المتوسطي', fr: 'D’ici 2030, au moins 30 % des espaces terrestres et marins sont conservés, dont la réserve de biosphère de l’arganeraie et le littoral méditerranéen', en: 'By 2030, at least 30% of land and marine areas are conserved, including the Arganeraie biosphere reserve and the Mediterranean coast' },
      description: { ar: '<p>توسيع شبكة المنتزهات الوطنية والمواقع ذات الأهمية البيولوجية والإيكولوجية وتعزيز تدبيرها.</p>', fr: '<p>Le réseau des parcs nationaux et des sites d’intérêt biologique et écologique est étendu et sa gestion renforcée.</p>', en: '<p>The network of national parks and sites of biological and ecological interest is extended and its management strengthened.</p>' },
      alignment: [[3, high]],
      goals: ['A'],
      headline: ['3.1'],
    },
    {
      title: { ar: 'استعادة النظم الإيكولوجية للواحات والمناطق الرطبة المتدهورة على مساحة لا تقل عن 30%', fr: 'Les écosystèmes oasiens et les zones humides dégradés sont restaurés sur au moins 30 % de leur superficie', en: 'Degraded oasis ecosystems and wetlands are restored on at least 30% of their area' },
      description: { ar: '<p>إعادة تأهيل الخطارات وغرس النخيل ومكافحة التصحر بمشاركة السكان المحليين.</p>', fr: '<p>Réhabilitation des khettaras, replantation de palmiers dattiers et lutte contre la désertification avec les populations locales.</p>', en: '<p>Rehabilitation of khettaras (traditional water channels), replanting of date palms and action against desertification with local people.</p>' },
      alignment: [[2, high], [11, low]],
      goals: ['A'],
      headline: ['2.2'],
    },
    {
      title: { ar: 'تبقى جميع الأرصدة السمكية المستغلة ضمن حدود مستدامة بيولوجياً', fr: 'Tous les stocks halieutiques exploités sont maintenus dans des limites biologiquement durables', en: 'All exploited fish stocks are kept within biologically sustainable limits' },
      description: { ar: '<p>تعتمد مخططات تهيئة المصايد على آراء علمية سنوية ونظام لتتبع المصطادات.</p>', fr: '<p>Les plans d’aménagement des pêcheries reposent sur des avis scientifiques annuels et un système de traçabilité des captures.</p>', en: '<p>Fishery management plans rely on yearly scientific advice and a catch traceability system.</p>' },
      alignment: [[5, high], [10, medium]],
      goals: ['B'],
      headline: ['5.1'],
    },
    {
      title: { ar: 'تعزيز قدرة الغابات والمراعي على الصمود في وجه تغير المناخ', fr: 'La résilience des forêts et des parcours face aux changements climatiques est renforcée', en: 'The resilience of forests and rangelands to climate change is strengthened' },
      description: { ar: '<p>تنفيذ استراتيجية «غابات المغرب» وتشجير المناطق المتدهورة بأنواع محلية.</p>', fr: '<p>Mise en œuvre de la stratégie « Forêts du Maroc » et reboisement des zones dégradées avec des essences locales.</p>', en: '<p>Implementation of the “Forests of Morocco” strategy and reforestation of degraded areas with native species.</p>' },
      alignment: [[8, high], [2, low]],
      goals: ['A'],
      headline: ['10.2'],
    },
    {
      title: { ar: 'إتاحة المعطيات والمعارف المتعلقة بالتنوع البيولوجي لصناع القرار والعموم عبر آلية تبادل المعلومات الوطنية', fr: 'Les données et connaissances sur la biodiversité sont mises à la disposition des décideurs et du public par le centre d’échange national', en: 'Biodiversity data and knowledge are made available to decision makers and the public through the national clearing-house mechanism' },
      description: { ar: '<p>ربط قواعد المعطيات الوطنية وتحيين الموقع الوطني لآلية تبادل المعلومات بانتظام.</p>', fr: '<p>Les bases de données nationales sont reliées et le site national du centre d’échange est mis à jour régulièrement.</p>', en: '<p>National databases are linked and the national clearing-house website is updated regularly.</p>' },
      alignment: [[21, high]],
      goals: ['D'],
      headline: ['21.1'],
    },
  ],
  nbsaps: [
    {
      title: { ar: 'الاستراتيجية وخطة العمل الوطنيتان للتنوع البيولوجي 2030', fr: 'Stratégie et plan d’action nationaux pour la biodiversité 2030', en: 'National Biodiversity Strategy and Action Plan 2030' },
      summary: { ar: '<p>استراتيجية وطنية متوافقة مع إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي.</p>', fr: '<p>Stratégie nationale alignée sur le Cadre mondial de la biodiversité de Kunming-Montréal.</p>', en: '<p>National strategy aligned with the Kunming-Montreal Global Biodiversity Framework.</p>' },
      gbfAligned: true,
      period: ['2024-01-01', '2030-12-31'],
      status: 'final',
      adoptionDate: '2024-12-10',
      approvingBody: approvingBody.minister,
      version: 'v3',
    },
  ],
  nr7: { ar: 'التقرير الوطني السابع للمغرب', fr: 'Septième rapport national du Maroc', en: 'Seventh national report of Morocco' },
  nr6: { ar: 'التقرير الوطني السادس للمغرب', fr: 'Sixième rapport national du Maroc', en: 'Sixth national report of Morocco' },
  legacy: [
    { type: 'nr5', title: { ar: 'التقرير الوطني الخامس حول التنوع البيولوجي', fr: 'Cinquième rapport national sur la biodiversité', en: 'Fifth national report on biodiversity' }, submitted: '2015-02-16', period: ['2009-01-01', '2014-12-31'], file: 'ma-nr-05' },
    { type: 'nbsap', title: { ar: 'الاستراتيجية وخطة العمل الوطنيتان للتنوع البيولوجي 2016-2020', fr: 'Stratégie et plan d’action nationaux pour la biodiversité 2016-2020', en: 'National Biodiversity Strategy and Action Plan 2016–2020' }, submitted: '2016-06-30', period: ['2016-01-01', '2020-12-31'], file: 'ma-nbsap-v2' },
    { type: 'nr4', title: { ar: 'التقرير الوطني الرابع حول التنوع البيولوجي', fr: 'Quatrième rapport national sur la biodiversité', en: 'Fourth national report on biodiversity' }, submitted: '2009-11-02', period: ['2005-01-01', '2008-12-31'], file: 'ma-nr-04' },
  ],
  focalPoints: [
    { categories: ['CBD-FP1'], title: 'M.', firstName: 'Youssef', lastName: 'El Amrani', designation: { ar: 'مدير التغير المناخي والتنوع البيولوجي', fr: 'Directeur du Changement climatique et de la Diversité biologique', en: 'Director of Climate Change and Biological Diversity' }, organization: { ar: 'وزارة الانتقال الطاقي والتنمية المستدامة – قطاع التنمية المستدامة', fr: 'Ministère de la Transition énergétique et du Développement durable – Département du Développement durable', en: 'Ministry of Energy Transition and Sustainable Development – Sustainable Development Department' }, city: 'Rabat', email: 'y.elamrani@environnement.gov.example', phone: '+212 5 37 00 00 10' },
    { categories: ['CHM-FP'], title: 'Mme', firstName: 'Salma', lastName: 'Bennani', designation: { ar: 'مسؤولة عن آلية تبادل المعلومات الوطنية', fr: 'Responsable du centre d’échange national', en: 'Manager of the national clearing-house mechanism' }, organization: { ar: 'وزارة الانتقال الطاقي والتنمية المستدامة – قطاع التنمية المستدامة', fr: 'Ministère de la Transition énergétique et du Développement durable – Département du Développement durable', en: 'Ministry of Energy Transition and Sustainable Development – Sustainable Development Department' }, city: 'Rabat', email: 's.bennani@environnement.gov.example', phone: '+212 5 37 00 00 20', earlierEmail: 'salma.bennani@environnement.gov.example' },
    { categories: ['ABS-FP'], title: 'M.', firstName: 'Hicham', lastName: 'Ouazzani', designation: { ar: 'رئيس مصلحة الموارد الجينية', fr: 'Chef du service des ressources génétiques', en: 'Head of the Genetic Resources Service' }, organization: { ar: 'وزارة الانتقال الطاقي والتنمية المستدامة', fr: 'Ministère de la Transition énergétique et du Développement durable', en: 'Ministry of Energy Transition and Sustainable Development' }, city: 'Rabat', email: 'h.ouazzani@environnement.gov.example', phone: '+212 5 37 00 00 30' },
    { categories: ['CPB-FP1'], title: 'Mme', firstName: 'Nadia', lastName: 'Tazi', designation: { ar: 'رئيسة قسم السلامة الأحيائية', fr: 'Cheffe de la division de la biosécurité', en: 'Head of the Biosafety Division' }, organization: { ar: 'المكتب الوطني للسلامة الصحية للمنتجات الغذائية', fr: 'Office national de sécurité sanitaire des produits alimentaires (ONSSA)', en: 'National Food Safety Office (ONSSA)' }, city: 'Rabat', email: 'n.tazi@onssa.example', phone: '+212 5 37 00 00 40' },
    { categories: ['PA-FP'], title: 'M.', firstName: 'Karim', lastName: 'Alaoui', designation: { ar: 'رئيس قسم المنتزهات والمحميات الطبيعية', fr: 'Chef de la division des parcs et réserves naturelles', en: 'Head of the Parks and Nature Reserves Division' }, organization: { ar: 'الوكالة الوطنية للمياه والغابات', fr: 'Agence nationale des eaux et forêts', en: 'National Agency for Water and Forests' }, city: 'Rabat', email: 'k.alaoui@eauxetforets.gov.example', phone: '+212 5 37 00 00 50' },
  ],
};

const links = (cc: string, file: string, languages: readonly string[], name: L) =>
  languages.map((lang) => ({ url: `https://www.cbd.int/doc/world/${cc}/${file}-${lang}.pdf`, name: name[lang] ?? name.en, language: lang }));

/** A Solr-style timestamp (`2024-09-02T00:00:00Z`, no milliseconds) `plusDays` after `iso`. */
const day = (iso: string, plusDays: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + plusDays * 86_400_000).toISOString().replace('.000Z', 'Z');

/** Builds the records of one country; `next()` hands out document ids in a fixed order. */
function countryRecords(spec: CountrySpec, next: () => number): StandInRecord[] {
  const { code: cc, languages } = spec;
  const records: StandInRecord[] = [];
  const header = (seed: string, schema: string): StandInDocument['header'] => ({ identifier: guidFrom(`${cc}/${seed}`), schema, languages: [...languages] });

  spec.targets.forEach((target, i) => {
    const document: StandInDocument = {
      header: header(`nationalTarget7/${i + 1}`, 'nationalTarget7'),
      government: { identifier: cc },
      title: target.title,
      description: target.description,
      sequence: i + 1,
      globalGoalAlignment: target.goals.map((g) => ({ identifier: `GBF-GOAL-${g}` })),
      globalTargetAlignment: target.alignment.map(([n, degree]) => ({ identifier: `GBF-TARGET-${String(n).padStart(2, '0')}`, degreeOfAlignment: { identifier: degree } })),
      headlineIndicators: target.headline.map((h) => ({ identifier: `GBF-INDICATOR-${h}` })),
      additionalImplementation: { identifier: 'additionalImplementationNotRequired' },
    };
    const record: StandInRecord = { realm: 'ort', documentId: next(), revision: 1, createdDate: day('2024-09-02', i), updatedDate: day('2024-09-02', i + 30), document };
    if (i === 0 && spec.firstTargetEarlierTitle) {
      const earlier = structuredClone(record);
      earlier.document.title = spec.firstTargetEarlierTitle;
      record.olderVersions = [asOlderVersion(earlier)];
      record.revision = 2;
      record.updatedDate = day('2025-03-14', 0);
    }
    records.push(record);
  });

  spec.nbsaps.forEach((nbsap, i) => {
    const document: StandInDocument = {
      header: header(`nbsap/${nbsap.version}`, 'nbsap'),
      government: { identifier: cc },
      title: nbsap.title,
      summary: nbsap.summary,
      jurisdiction: { identifier: jurisdictionNational },
      isGbfAligned: nbsap.gbfAligned,
      startDate: nbsap.period[0],
      endDate: nbsap.period[1],
      status: { identifier: nbsapStatus[nbsap.status] },
      ...(nbsap.adoptionDate ? { adoptionDate: nbsap.adoptionDate } : {}),
      ...(nbsap.approvingBody ? { approvingBody: { identifier: nbsap.approvingBody } } : {}),
      documentLinks: links(cc, `${cc}-nbsap-${nbsap.version}`, languages, nbsap.title),
    };
    const created = nbsap.adoptionDate ?? nbsap.period[0];
    const record: StandInRecord = { realm: 'ort', documentId: next(), revision: 1, createdDate: day(created, 20 + i), updatedDate: day(created, 40 + i), document };
    if (nbsap.earlierTitle) {
      const earlier = structuredClone(record);
      earlier.document.title = nbsap.earlierTitle;
      record.olderVersions = [asOlderVersion(earlier)];
      record.revision = 2;
      record.updatedDate = day(created, 90);
    }
    records.push(record);
  });

  records.push({
    realm: 'ort',
    documentId: next(),
    revision: 1,
    createdDate: day('2026-02-10', 0),
    updatedDate: day('2026-02-10', 8),
    document: {
      header: header('nationalReport7', 'nationalReport7'),
      government: { identifier: cc },
      title: spec.nr7,
      sectionI: { processUndertaken: Object.fromEntries(languages.map((l) => [l, spec.nr7[l]!])) },
      documentLinks: links(cc, `${cc}-nr-07`, languages, spec.nr7),
    },
  });

  records.push({
    realm: 'chm',
    documentId: next(),
    revision: 1,
    createdDate: day('2019-02-28', 0),
    updatedDate: day('2019-02-28', 12),
    document: {
      header: header('nationalReport6', 'nationalReport6'),
      government: { identifier: cc },
      title: spec.nr6,
      documentLinks: links(cc, `${cc}-nr-06`, languages, spec.nr6),
    },
  });

  for (const report of spec.legacy) {
    records.push({
      realm: 'chm',
      documentId: next(),
      revision: 1,
      createdDate: day(report.submitted, 0),
      updatedDate: day(report.submitted, 3),
      document: {
        header: header(`nationalReport/${report.file}`, 'nationalReport'),
        government: { identifier: cc },
        reportType: { identifier: reportTypes[report.type] },
        title: report.title,
        startDate: report.period[0],
        endDate: report.period[1],
        status: { identifier: nbsapStatus.final },
        documentLinks: links(cc, report.file, languages, report.title),
      },
    });
  }

  spec.focalPoints.forEach((fp, i) => {
    const document: StandInDocument = {
      header: header(`focalPoint/${fp.lastName}`, 'focalPoint'),
      government: { identifier: cc },
      categories: fp.categories.map((c) => ({ identifier: c })),
      title: fp.title,
      firstName: fp.firstName,
      lastName: fp.lastName,
      designation: fp.designation,
      organization: fp.organization,
      ...(fp.department ? { department: fp.department } : {}),
      city: fp.city,
      country: { identifier: cc },
      emails: [fp.email],
      phones: [fp.phone],
    };
    const record: StandInRecord = { realm: 'chm', documentId: next(), revision: 1, createdDate: day('2023-05-15', i * 7), updatedDate: day('2024-01-08', i * 7), document };
    if (fp.earlierEmail) {
      const earlier = structuredClone(record);
      earlier.document.emails = [fp.earlierEmail];
      earlier.revision = 2;
      record.olderVersions = [asOlderVersion(earlier)];
      record.revision = 3;
      record.updatedDate = day('2025-06-02', i);
    }
    records.push(record);
  });
  return records;
}

/** Records of countries without a site, which a query for be/bj/ma must not return. */
function otherCountryRecords(next: () => number): StandInRecord[] {
  return [
    {
      realm: 'ort',
      documentId: next(),
      revision: 1,
      createdDate: day('2024-11-05', 0),
      updatedDate: day('2024-11-05', 2),
      document: {
        header: { identifier: guidFrom('fr/nationalTarget7/1'), schema: 'nationalTarget7', languages: ['fr', 'en'] },
        government: { identifier: 'fr' },
        title: { fr: 'D’ici 2030, 30 % du territoire national et des eaux sous juridiction sont couverts par des aires protégées', en: 'By 2030, 30% of the national territory and waters under jurisdiction are covered by protected areas' },
        description: { fr: '<p>Dont 10 % sous protection forte.</p>', en: '<p>Including 10% under strong protection.</p>' },
        globalGoalAlignment: [{ identifier: 'GBF-GOAL-A' }],
        globalTargetAlignment: [{ identifier: 'GBF-TARGET-03', degreeOfAlignment: { identifier: high } }],
        headlineIndicators: [{ identifier: 'GBF-INDICATOR-3.1' }],
      },
    },
    {
      realm: 'chm',
      documentId: next(),
      revision: 1,
      createdDate: day('2023-03-01', 0),
      updatedDate: day('2023-03-01', 1),
      document: {
        header: { identifier: guidFrom('nl/focalPoint/de Vries'), schema: 'focalPoint', languages: ['en'] },
        government: { identifier: 'nl' },
        categories: [{ identifier: 'CHM-FP' }],
        title: 'Mr.',
        firstName: 'Jan',
        lastName: 'de Vries',
        designation: { en: 'Clearing-house mechanism coordinator' },
        organization: { en: 'Ministry of Agriculture, Fisheries, Food Security and Nature' },
        city: 'The Hague',
        country: { identifier: 'nl' },
        emails: ['jan.devries@minlnv.example'],
        phones: ['+31 70 000 00 10'],
      },
    },
  ];
}

/** A fresh, deep copy of the sample data (tests may edit it freely). */
export function sampleCbdData(): StandInData {
  let documentId = 265_100;
  const next = () => documentId++;
  const records = [belgium, benin, morocco].flatMap((spec) => countryRecords(spec, next));
  records.push(...otherCountryRecords(next));
  return { thesaurus: thesaurusDomains(), records };
}
