/**
 * Kunming-Montreal Global Biodiversity Framework (KM-GBF, decision 15/4): goals and targets,
 * as shipped fallback data for the CBD thesaurus domains `GBF-GOALS` and `GBF-TARGETS`.
 *
 * Identifiers and termIds are the thesaurus ones (GBF-GOAL-A..D = 7394–7397,
 * GBF-TARGET-01..23 = 7398–7420). `titles.en` is the thesaurus `shortTitle.en` and
 * `descriptions.en` its `name`, both without the `GBF-Txx.` / `GBF-G-x.` prefix, verbatim
 * (typographic apostrophes and the source's odd spacing, e.g. "$ 30", are kept on purpose).
 *
 * The fr/es titles and descriptions are PROVISIONAL translations written for this file
 * (except the GBF-TARGET-01 short titles, which are the thesaurus' own): the thesaurus sync
 * replaces them with the API's official `shortTitle` / `title` values. Do not treat them as
 * official text.
 */
import type { TermData } from './term-data.ts';

export const gbfGoals: TermData[] = [
  {
    identifier: 'GBF-GOAL-A',
    termId: 7394,
    position: 1,
    data: { letter: 'A' },
    titles: {
      en: 'Biodiversity is conserved',
      fr: 'La biodiversité est conservée',
      es: 'La biodiversidad se conserva',
    },
    descriptions: {
      en: 'Ecosystems are conserved, extinctions are halted and genetic diversity is maintained',
      fr: 'Les écosystèmes sont conservés, les extinctions sont enrayées et la diversité génétique est maintenue',
      es: 'Los ecosistemas se conservan, se detienen las extinciones y se mantiene la diversidad genética',
    },
  },
  {
    identifier: 'GBF-GOAL-B',
    termId: 7395,
    position: 2,
    data: { letter: 'B' },
    titles: {
      en: 'Biodiversity is sustainably used',
      fr: 'La biodiversité est utilisée de manière durable',
      es: 'La biodiversidad se utiliza de manera sostenible',
    },
    descriptions: {
      en: 'Biodiversity is sustainably used and its contributions to people are maintained, enhanced or restored',
      fr: 'La biodiversité est utilisée de manière durable et ses contributions aux populations sont maintenues, renforcées ou restaurées',
      es: 'La biodiversidad se utiliza de manera sostenible y sus contribuciones a las personas se mantienen, mejoran o restauran',
    },
  },
  {
    identifier: 'GBF-GOAL-C',
    termId: 7396,
    position: 3,
    data: { letter: 'C' },
    titles: {
      en: 'Benefits from genetic resources are shared',
      fr: 'Les avantages découlant des ressources génétiques sont partagés',
      es: 'Se comparten los beneficios derivados de los recursos genéticos',
    },
    descriptions: {
      en: 'Benefits from the use of genetic resources are shared and substantially increased',
      fr: 'Les avantages découlant de l’utilisation des ressources génétiques sont partagés et considérablement accrus',
      es: 'Los beneficios derivados de la utilización de los recursos genéticos se comparten y aumentan sustancialmente',
    },
  },
  {
    identifier: 'GBF-GOAL-D',
    termId: 7397,
    position: 4,
    data: { letter: 'D' },
    titles: {
      en: 'Adequate means of implementation are available',
      fr: 'Des moyens de mise en œuvre adéquats sont disponibles',
      es: 'Se dispone de medios de implementación adecuados',
    },
    descriptions: {
      en: 'The biodiversity funding gap of 700 billion USD is progressively closed by ensuring adequate means of implementation are available.',
      fr: 'Le déficit de financement de la biodiversité, de 700 milliards de dollars des États-Unis, est progressivement comblé en garantissant la disponibilité de moyens de mise en œuvre adéquats.',
      es: 'La brecha de financiación para la biodiversidad, de 700.000 millones de dólares de los Estados Unidos, se cierra progresivamente garantizando que se disponga de medios de implementación adecuados.',
    },
  },
];

export const gbfTargets: TermData[] = [
  {
    identifier: 'GBF-TARGET-01',
    termId: 7398,
    position: 1,
    data: { number: 1 },
    titles: {
      en: 'Plan and Manage all Areas To Reduce Biodiversity Loss',
      fr: 'Planifier et gérer toutes les zones afin de réduire la perte de biodiversité',
      es: 'Someter todas las zonas a planificación y gestión para reducir la pérdida de biodiversidad',
    },
    descriptions: {
      en: 'All areas are planned or managed to bring loss of areas of high biodiversity importance close to zero',
      fr: 'Toutes les zones font l’objet d’une planification ou d’une gestion visant à ramener à un niveau proche de zéro la perte de zones de grande importance pour la biodiversité',
      es: 'Todas las zonas están sujetas a planificación o gestión para que la pérdida de zonas de suma importancia para la biodiversidad se acerque a cero',
    },
  },
  {
    identifier: 'GBF-TARGET-02',
    termId: 7399,
    position: 2,
    data: { number: 2 },
    titles: {
      en: 'Restore 30% of all Degraded Ecosystems',
      fr: 'Restaurer 30 % de tous les écosystèmes dégradés',
      es: 'Restaurar el 30 % de todos los ecosistemas degradados',
    },
    descriptions: {
      en: '30% of degraded areas are under effective restoration',
      fr: '30 % des zones dégradées font l’objet d’une restauration effective',
      es: 'El 30 % de las zonas degradadas son objeto de una restauración efectiva',
    },
  },
  {
    identifier: 'GBF-TARGET-03',
    termId: 7400,
    position: 3,
    data: { number: 3 },
    titles: {
      en: 'Conserve 30% of Land, Waters and Seas',
      fr: 'Conserver 30 % des terres, des eaux et des mers',
      es: 'Conservar el 30 % de las tierras, aguas y mares',
    },
    descriptions: {
      en: '30% of areas are effectively conserved',
      fr: '30 % des zones sont efficacement conservées',
      es: 'El 30 % de las zonas se conserva de manera eficaz',
    },
  },
  {
    identifier: 'GBF-TARGET-04',
    termId: 7401,
    position: 4,
    data: { number: 4 },
    titles: {
      en: 'Halt Species Extinction, Protect Genetic Diversity, and Manage Human-Wildlife Conflicts',
      fr: 'Enrayer l’extinction des espèces, protéger la diversité génétique et gérer les conflits entre l’homme et la faune sauvage',
      es: 'Detener la extinción de especies, proteger la diversidad genética y gestionar los conflictos entre los seres humanos y la fauna y flora silvestres',
    },
    descriptions: {
      en: 'Threatened species are recovering, genetic diversity is being maintained and human-wildlife conflict is being managed',
      fr: 'Les espèces menacées se rétablissent, la diversité génétique est maintenue et les conflits entre l’homme et la faune sauvage sont gérés',
      es: 'Las especies amenazadas se están recuperando, se mantiene la diversidad genética y se gestionan los conflictos entre los seres humanos y la fauna y flora silvestres',
    },
  },
  {
    identifier: 'GBF-TARGET-05',
    termId: 7402,
    position: 5,
    data: { number: 5 },
    titles: {
      en: 'Ensure Sustainable, Safe and Legal Harvesting and Trade of Wild Species',
      fr: 'Garantir que le prélèvement et le commerce des espèces sauvages sont durables, sûrs et légaux',
      es: 'Asegurar que la recolección y el comercio de especies silvestres sean sostenibles, seguros y legales',
    },
    descriptions: {
      en: 'Use, harvesting and trade of wild species is sustainable, safe and legal',
      fr: 'L’utilisation, le prélèvement et le commerce des espèces sauvages sont durables, sûrs et légaux',
      es: 'La utilización, la recolección y el comercio de especies silvestres son sostenibles, seguros y legales',
    },
  },
  {
    identifier: 'GBF-TARGET-06',
    termId: 7403,
    position: 6,
    data: { number: 6 },
    titles: {
      en: 'Reduce the Introduction of Invasive Alien Species by 50% and Minimize Their Impact',
      fr: 'Réduire de 50 % l’introduction d’espèces exotiques envahissantes et en réduire au minimum les effets',
      es: 'Reducir en un 50 % la introducción de especies exóticas invasoras y reducir al mínimo sus efectos',
    },
    descriptions: {
      en: 'Reduce rates of introduction and establishment of invasive alien species by 50%',
      fr: 'Réduire de 50 % les taux d’introduction et d’établissement d’espèces exotiques envahissantes',
      es: 'Reducir en un 50 % las tasas de introducción y establecimiento de especies exóticas invasoras',
    },
  },
  {
    identifier: 'GBF-TARGET-07',
    termId: 7404,
    position: 7,
    data: { number: 7 },
    titles: {
      en: 'Reduce Pollution to Levels That Are Not Harmful to Biodiversity',
      fr: 'Réduire la pollution à des niveaux qui ne sont pas nuisibles à la biodiversité',
      es: 'Reducir la contaminación a niveles que no sean perjudiciales para la biodiversidad',
    },
    descriptions: {
      en: 'Pollution reduced, halving nutrient loss and pesticide risk',
      fr: 'La pollution est réduite, avec une diminution de moitié des pertes de nutriments et des risques liés aux pesticides',
      es: 'Se reduce la contaminación, reduciendo a la mitad la pérdida de nutrientes y el riesgo de los plaguicidas',
    },
  },
  {
    identifier: 'GBF-TARGET-08',
    termId: 7405,
    position: 8,
    data: { number: 8 },
    titles: {
      en: 'Minimize the Impacts of Climate Change on Biodiversity and Build Resilience',
      fr: 'Réduire au minimum les effets des changements climatiques sur la biodiversité et renforcer la résilience',
      es: 'Reducir al mínimo los efectos del cambio climático en la biodiversidad y aumentar la resiliencia',
    },
    descriptions: {
      en: 'Minimize impacts of climate change and ocean acidification including through nature-based solutions and/or ecosystem-based approaches',
      fr: 'Réduire au minimum les effets des changements climatiques et de l’acidification des océans, notamment au moyen de solutions fondées sur la nature et/ou d’approches écosystémiques',
      es: 'Reducir al mínimo los efectos del cambio climático y la acidificación de los océanos, incluso mediante soluciones basadas en la naturaleza y/o enfoques basados en los ecosistemas',
    },
  },
  {
    identifier: 'GBF-TARGET-09',
    termId: 7406,
    position: 9,
    data: { number: 9 },
    titles: {
      en: 'Manage Wild Species Sustainably To Benefit People',
      fr: 'Gérer durablement les espèces sauvages au profit des populations',
      es: 'Gestionar las especies silvestres de manera sostenible en beneficio de las personas',
    },
    descriptions: {
      en: 'Management of wild species is sustainable and benefits people',
      fr: 'La gestion des espèces sauvages est durable et profite aux populations',
      es: 'La gestión de las especies silvestres es sostenible y beneficia a las personas',
    },
  },
  {
    identifier: 'GBF-TARGET-10',
    termId: 7407,
    position: 10,
    data: { number: 10 },
    titles: {
      en: 'Enhance Biodiversity and Sustainability in Agriculture, Aquaculture, Fisheries, and Forestry',
      fr: 'Renforcer la biodiversité et la durabilité dans l’agriculture, l’aquaculture, la pêche et la foresterie',
      es: 'Mejorar la biodiversidad y la sostenibilidad en la agricultura, la acuicultura, la pesca y la silvicultura',
    },
    descriptions: {
      en: 'Areas under agriculture, aquaculture, fisheries and forestry are managed sustainably',
      fr: 'Les zones consacrées à l’agriculture, à l’aquaculture, à la pêche et à la foresterie sont gérées de manière durable',
      es: 'Las superficies dedicadas a la agricultura, la acuicultura, la pesca y la silvicultura se gestionan de manera sostenible',
    },
  },
  {
    identifier: 'GBF-TARGET-11',
    termId: 7408,
    position: 11,
    data: { number: 11 },
    titles: {
      en: 'Restore, Maintain and Enhance Nature’s Contributions to People',
      fr: 'Restaurer, maintenir et renforcer les contributions de la nature aux populations',
      es: 'Restaurar, mantener y mejorar las contribuciones de la naturaleza a las personas',
    },
    descriptions: {
      en: 'Nature’s contributions to people are restored, maintained and enhanced',
      fr: 'Les contributions de la nature aux populations sont restaurées, maintenues et renforcées',
      es: 'Las contribuciones de la naturaleza a las personas se restauran, mantienen y mejoran',
    },
  },
  {
    identifier: 'GBF-TARGET-12',
    termId: 7409,
    position: 12,
    data: { number: 12 },
    titles: {
      en: 'Enhance Green Spaces and Urban Planning for Human Well-Being and Biodiversity',
      fr: 'Améliorer les espaces verts et l’urbanisme pour le bien-être humain et la biodiversité',
      es: 'Mejorar los espacios verdes y la planificación urbana para el bienestar humano y la biodiversidad',
    },
    descriptions: {
      en: 'Urban green and blue spaces enhanced for human well-being',
      fr: 'Les espaces verts et bleus urbains sont améliorés pour le bien-être humain',
      es: 'Se mejoran los espacios verdes y azules urbanos para el bienestar humano',
    },
  },
  {
    identifier: 'GBF-TARGET-13',
    termId: 7410,
    position: 13,
    data: { number: 13 },
    titles: {
      en: 'Increase the Sharing of Benefits From Genetic Resources, Digital Sequence Information and Traditional Knowledge',
      fr: 'Accroître le partage des avantages découlant des ressources génétiques, des informations de séquençage numérique et des connaissances traditionnelles',
      es: 'Aumentar la participación en los beneficios derivados de los recursos genéticos, la información digital sobre secuencias y los conocimientos tradicionales',
    },
    descriptions: {
      en: 'Fair and equitable sharing of benefits from genetic resources, digital sequence information and associated traditional knowledge',
      fr: 'Partage juste et équitable des avantages découlant des ressources génétiques, des informations de séquençage numérique et des connaissances traditionnelles associées',
      es: 'Participación justa y equitativa en los beneficios derivados de los recursos genéticos, la información digital sobre secuencias y los conocimientos tradicionales asociados',
    },
  },
  {
    identifier: 'GBF-TARGET-14',
    termId: 7411,
    position: 14,
    data: { number: 14 },
    titles: {
      en: 'Integrate Biodiversity in Decision-Making at Every Level',
      fr: 'Intégrer la biodiversité dans la prise de décisions à tous les niveaux',
      es: 'Integrar la biodiversidad en la toma de decisiones a todos los niveles',
    },
    descriptions: {
      en: 'The multiple values of biodiversity are integrated into decision-making at all levels',
      fr: 'Les multiples valeurs de la biodiversité sont intégrées dans la prise de décisions à tous les niveaux',
      es: 'Los múltiples valores de la biodiversidad se integran en la toma de decisiones a todos los niveles',
    },
  },
  {
    identifier: 'GBF-TARGET-15',
    termId: 7412,
    position: 15,
    data: { number: 15 },
    titles: {
      en: 'Businesses Assess, Disclose and Reduce Biodiversity-Related Risks and Negative Impacts',
      fr: 'Les entreprises évaluent, divulguent et réduisent les risques liés à la biodiversité et leurs effets négatifs sur celle-ci',
      es: 'Las empresas evalúan, divulgan y reducen los riesgos relacionados con la biodiversidad y sus efectos negativos en ella',
    },
    descriptions: {
      en: 'Businesses assess and disclose biodiversity dependencies, impacts and risks, and reduce negative impacts',
      fr: 'Les entreprises évaluent et divulguent leurs dépendances, leurs effets et leurs risques en matière de biodiversité, et réduisent leurs effets négatifs',
      es: 'Las empresas evalúan y divulgan sus dependencias, efectos y riesgos relacionados con la biodiversidad, y reducen sus efectos negativos',
    },
  },
  {
    identifier: 'GBF-TARGET-16',
    termId: 7413,
    position: 16,
    data: { number: 16 },
    titles: {
      en: 'Enable Sustainable Consumption Choices To Reduce Waste and Overconsumption',
      fr: 'Permettre des choix de consommation durables pour réduire le gaspillage et la surconsommation',
      es: 'Posibilitar opciones de consumo sostenible para reducir los desperdicios y el consumo excesivo',
    },
    descriptions: {
      en: 'Sustainable consumption choices are enabled, and food waste reduced by half',
      fr: 'Des choix de consommation durables sont rendus possibles et le gaspillage alimentaire est réduit de moitié',
      es: 'Se posibilitan opciones de consumo sostenible y se reduce a la mitad el desperdicio de alimentos',
    },
  },
  {
    identifier: 'GBF-TARGET-17',
    termId: 7414,
    position: 17,
    data: { number: 17 },
    titles: {
      en: 'Strengthen Biosafety and Distribute the Benefits of Biotechnology',
      fr: 'Renforcer la prévention des risques biotechnologiques et répartir les avantages de la biotechnologie',
      es: 'Fortalecer la seguridad de la biotecnología y distribuir los beneficios de la biotecnología',
    },
    descriptions: {
      en: 'Strengthen biosafety and distribute benefits of biotechnology',
      fr: 'Renforcer la prévention des risques biotechnologiques et répartir les avantages de la biotechnologie',
      es: 'Fortalecer la seguridad de la biotecnología y distribuir los beneficios de la biotecnología',
    },
  },
  {
    identifier: 'GBF-TARGET-18',
    termId: 7415,
    position: 18,
    data: { number: 18 },
    titles: {
      en: 'Reduce Harmful Incentives by at Least $500 Billion per Year, and Scale Up Positive Incentives for Biodiversity',
      fr: 'Réduire les incitations néfastes d’au moins 500 milliards de dollars par an et intensifier les incitations positives en faveur de la biodiversité',
      es: 'Reducir los incentivos perjudiciales en al menos 500.000 millones de dólares al año y ampliar los incentivos positivos para la biodiversidad',
    },
    descriptions: {
      en: 'Reduce harmful incentives by at least $500 billion per year',
      fr: 'Réduire les incitations néfastes d’au moins 500 milliards de dollars par an',
      es: 'Reducir los incentivos perjudiciales en al menos 500.000 millones de dólares al año',
    },
  },
  {
    identifier: 'GBF-TARGET-19',
    termId: 7416,
    position: 19,
    data: { number: 19 },
    titles: {
      en: 'Mobilize $200 Billion per Year for Biodiversity From all Sources, Including $30 Billion Through International Finance',
      fr: 'Mobiliser 200 milliards de dollars par an en faveur de la biodiversité, toutes sources confondues, dont 30 milliards de dollars au moyen de financements internationaux',
      es: 'Movilizar 200.000 millones de dólares al año para la biodiversidad procedentes de todas las fuentes, incluidos 30.000 millones de dólares a través de la financiación internacional',
    },
    descriptions: {
      en: 'Financial resources increased to $200 billion per year, including $ 30 billion through international finance',
      fr: 'Les ressources financières sont portées à 200 milliards de dollars par an, dont 30 milliards de dollars au moyen de financements internationaux',
      es: 'Los recursos financieros aumentan a 200.000 millones de dólares al año, incluidos 30.000 millones de dólares a través de la financiación internacional',
    },
  },
  {
    identifier: 'GBF-TARGET-20',
    termId: 7417,
    position: 20,
    data: { number: 20 },
    titles: {
      en: 'Strengthen Capacity-Building, Technology Transfer, and Scientific and Technical Cooperation for Biodiversity',
      fr: 'Renforcer la création de capacités, le transfert de technologies et la coopération scientifique et technique en faveur de la biodiversité',
      es: 'Fortalecer la creación de capacidad, la transferencia de tecnología y la cooperación científica y técnica para la biodiversidad',
    },
    descriptions: {
      en: 'Capacity-building and development, technology transfer, and technical and scientific cooperation for implementation is strengthened',
      fr: 'La création et le développement des capacités, le transfert de technologies et la coopération technique et scientifique aux fins de la mise en œuvre sont renforcés',
      es: 'Se fortalecen la creación y el desarrollo de capacidad, la transferencia de tecnología y la cooperación técnica y científica para la implementación',
    },
  },
  {
    identifier: 'GBF-TARGET-21',
    termId: 7418,
    position: 21,
    data: { number: 21 },
    titles: {
      en: 'Ensure That Knowledge Is Available and Accessible To Guide Biodiversity Action',
      fr: 'Veiller à ce que les connaissances soient disponibles et accessibles pour orienter l’action en faveur de la biodiversité',
      es: 'Garantizar que los conocimientos estén disponibles y sean accesibles para orientar la acción en favor de la biodiversidad',
    },
    descriptions: {
      en: 'Data, information and knowledge for decision-making is available',
      fr: 'Les données, les informations et les connaissances nécessaires à la prise de décisions sont disponibles',
      es: 'Se dispone de datos, información y conocimientos para la toma de decisiones',
    },
  },
  {
    identifier: 'GBF-TARGET-22',
    termId: 7419,
    position: 22,
    data: { number: 22 },
    titles: {
      en: 'Ensure Participation in Decision-Making and Access to Justice and Information Related to Biodiversity for all',
      fr: 'Garantir à tous la participation à la prise de décisions ainsi que l’accès à la justice et à l’information en matière de biodiversité',
      es: 'Garantizar para todos la participación en la toma de decisiones y el acceso a la justicia y a la información relacionadas con la biodiversidad',
    },
    descriptions: {
      en: 'Ensure participation, justice, and rights for indigenous peoples and local communities, women, youth persons with disabilities and environmental defenders',
      fr: 'Garantir la participation, la justice et les droits des peuples autochtones et des communautés locales, des femmes, des jeunes, des personnes handicapées et des défenseurs de l’environnement',
      es: 'Garantizar la participación, la justicia y los derechos de los pueblos indígenas y las comunidades locales, las mujeres, los jóvenes, las personas con discapacidad y los defensores del medio ambiente',
    },
  },
  {
    identifier: 'GBF-TARGET-23',
    termId: 7420,
    position: 23,
    data: { number: 23 },
    titles: {
      en: 'Ensure Gender Equality and a Gender-Responsive Approach for Biodiversity Action',
      fr: 'Garantir l’égalité des genres et une approche tenant compte des questions de genre dans l’action en faveur de la biodiversité',
      es: 'Garantizar la igualdad de género y un enfoque con perspectiva de género en la acción en favor de la biodiversidad',
    },
    descriptions: {
      en: 'Implementation follows a gender-responsive approach',
      fr: 'La mise en œuvre suit une approche tenant compte des questions de genre',
      es: 'La implementación sigue un enfoque con perspectiva de género',
    },
  },
];

/** One of the three groups into which the KM-GBF text arranges its 23 targets. */
export interface GbfTargetSection {
  key: 'reducing-threats' | 'meeting-needs' | 'tools-solutions';
  /** Target numbers (1–23) in the section, in order. */
  targets: number[];
  titles: { en: string; fr: string; es: string };
}

/**
 * The KM-GBF groups its targets into three sections (not goals: targets do not map one-to-one
 * onto goals). The en titles follow the section headings of decision 15/4; fr/es are provisional.
 */
export const gbfTargetSections: GbfTargetSection[] = [
  {
    key: 'reducing-threats',
    targets: [1, 2, 3, 4, 5, 6, 7, 8],
    titles: {
      en: 'Reducing threats to biodiversity',
      fr: 'Réduire les menaces qui pèsent sur la biodiversité',
      es: 'Reducir las amenazas a la biodiversidad',
    },
  },
  {
    key: 'meeting-needs',
    targets: [9, 10, 11, 12, 13],
    titles: {
      en: 'Meeting people’s needs through sustainable use and benefit-sharing',
      fr: 'Répondre aux besoins des populations grâce à l’utilisation durable et au partage des avantages',
      es: 'Satisfacer las necesidades de las personas mediante la utilización sostenible y la participación en los beneficios',
    },
  },
  {
    key: 'tools-solutions',
    targets: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
    titles: {
      en: 'Tools and solutions for implementation and mainstreaming',
      fr: 'Outils et solutions pour la mise en œuvre et l’intégration',
      es: 'Herramientas y soluciones para la implementación y la integración',
    },
  },
];
