/**
 * Strategic Plan for Biodiversity 2011–2020 (decision X/2): the five strategic goals and the
 * 20 Aichi Biodiversity Targets, as shipped fallback data for legacy records that reference the
 * CBD thesaurus domain `AICHI-TARGETS` (`AICHI-TARGET-01`…`20`).
 *
 * `descriptions.en` is the official target text (as in www.cbd.int `app/data/reports/aichiTargets.json`).
 * `titles.en` are the usual short names. Only AICHI-TARGET-01's termId (6476) is known here;
 * the others are left to the thesaurus sync. The goal identifiers `AICHI-GOAL-A`…`E` are this
 * vocabulary's own keys for the strategic goals (used as `broader` of the targets).
 *
 * The fr/es titles are PROVISIONAL translations written for this file: the thesaurus sync
 * replaces them with the API's official titles. Do not treat them as official text.
 */
import type { TermData } from './term-data.ts';

export const aichiGoals: TermData[] = [
  {
    identifier: 'AICHI-GOAL-A',
    position: 1,
    data: { letter: 'A' },
    titles: {
      en: 'Address the underlying causes of biodiversity loss by mainstreaming biodiversity across government and society',
      fr: 'Gérer les causes sous-jacentes de l’appauvrissement de la diversité biologique en intégrant la diversité biologique dans l’ensemble du gouvernement et de la société',
      es: 'Abordar las causas subyacentes de la pérdida de diversidad biológica mediante la incorporación de la diversidad biológica en todos los ámbitos gubernamentales y de la sociedad',
    },
  },
  {
    identifier: 'AICHI-GOAL-B',
    position: 2,
    data: { letter: 'B' },
    titles: {
      en: 'Reduce the direct pressures on biodiversity and promote sustainable use',
      fr: 'Réduire les pressions directes exercées sur la diversité biologique et encourager l’utilisation durable',
      es: 'Reducir las presiones directas sobre la diversidad biológica y promover la utilización sostenible',
    },
  },
  {
    identifier: 'AICHI-GOAL-C',
    position: 3,
    data: { letter: 'C' },
    titles: {
      en: 'To improve the status of biodiversity by safeguarding ecosystems, species and genetic diversity',
      fr: 'Améliorer l’état de la diversité biologique en sauvegardant les écosystèmes, les espèces et la diversité génétique',
      es: 'Mejorar la situación de la diversidad biológica salvaguardando los ecosistemas, las especies y la diversidad genética',
    },
  },
  {
    identifier: 'AICHI-GOAL-D',
    position: 4,
    data: { letter: 'D' },
    titles: {
      en: 'Enhance the benefits to all from biodiversity and ecosystem services',
      fr: 'Renforcer les avantages retirés pour tous de la diversité biologique et des services fournis par les écosystèmes',
      es: 'Aumentar los beneficios de la diversidad biológica y los servicios de los ecosistemas para todos',
    },
  },
  {
    identifier: 'AICHI-GOAL-E',
    position: 5,
    data: { letter: 'E' },
    titles: {
      en: 'Enhance implementation through participatory planning, knowledge management and capacity building',
      fr: 'Renforcer la mise en œuvre au moyen d’une planification participative, de la gestion des connaissances et du renforcement des capacités',
      es: 'Mejorar la aplicación a través de la planificación participativa, la gestión de los conocimientos y la creación de capacidad',
    },
  },
];

export const aichiTargets: TermData[] = [
  {
    identifier: 'AICHI-TARGET-01',
    termId: 6476,
    broader: 'AICHI-GOAL-A',
    position: 1,
    data: { number: 1 },
    titles: {
      en: 'Awareness of biodiversity values',
      fr: 'Sensibilisation aux valeurs de la biodiversité',
      es: 'Conciencia sobre los valores de la diversidad biológica',
    },
    descriptions: {
      en: 'By 2020, at the latest, people are aware of the values of biodiversity and the steps they can take to conserve and use it sustainably.',
    },
  },
  {
    identifier: 'AICHI-TARGET-02',
    broader: 'AICHI-GOAL-A',
    position: 2,
    data: { number: 2 },
    titles: {
      en: 'Biodiversity values integrated',
      fr: 'Intégration des valeurs de la biodiversité',
      es: 'Integración de los valores de la diversidad biológica',
    },
    descriptions: {
      en: 'By 2020, at the latest, biodiversity values have been integrated into national and local development and poverty reduction strategies and planning processes and are being incorporated into national accounting, as appropriate, and reporting systems.',
    },
  },
  {
    identifier: 'AICHI-TARGET-03',
    broader: 'AICHI-GOAL-A',
    position: 3,
    data: { number: 3 },
    titles: {
      en: 'Incentives reformed',
      fr: 'Réforme des mesures d’incitation',
      es: 'Reforma de los incentivos',
    },
    descriptions: {
      en: 'By 2020, at the latest, incentives, including subsidies, harmful to biodiversity are eliminated, phased out or reformed in order to minimize or avoid negative impacts, and positive incentives for the conservation and sustainable use of biodiversity are developed and applied, consistent and in harmony with the Convention and other relevant international obligations, taking into account national socio economic conditions.',
    },
  },
  {
    identifier: 'AICHI-TARGET-04',
    broader: 'AICHI-GOAL-A',
    position: 4,
    data: { number: 4 },
    titles: {
      en: 'Sustainable production and consumption',
      fr: 'Production et consommation durables',
      es: 'Producción y consumo sostenibles',
    },
    descriptions: {
      en: 'By 2020, at the latest, Governments, business and stakeholders at all levels have taken steps to achieve or have implemented plans for sustainable production and consumption and have kept the impacts of use of natural resources well within safe ecological limits.',
    },
  },
  {
    identifier: 'AICHI-TARGET-05',
    broader: 'AICHI-GOAL-B',
    position: 5,
    data: { number: 5 },
    titles: {
      en: 'Habitat loss halved or reduced',
      fr: 'Perte d’habitats réduite de moitié ou diminuée',
      es: 'Pérdida de hábitats reducida a la mitad o disminuida',
    },
    descriptions: {
      en: 'By 2020, the rate of loss of all natural habitats, including forests, is at least halved and where feasible brought close to zero, and degradation and fragmentation is significantly reduced.',
    },
  },
  {
    identifier: 'AICHI-TARGET-06',
    broader: 'AICHI-GOAL-B',
    position: 6,
    data: { number: 6 },
    titles: {
      en: 'Sustainable management of aquatic living resources',
      fr: 'Gestion durable des ressources biologiques aquatiques',
      es: 'Gestión sostenible de los recursos vivos acuáticos',
    },
    descriptions: {
      en: 'By 2020 all fish and invertebrate stocks and aquatic plants are managed and harvested sustainably, legally and applying ecosystem based approaches, so that overfishing is avoided, recovery plans and measures are in place for all depleted species, fisheries have no significant adverse impacts on threatened species and vulnerable ecosystems and the impacts of fisheries on stocks, species and ecosystems are within safe ecological limits.',
    },
  },
  {
    identifier: 'AICHI-TARGET-07',
    broader: 'AICHI-GOAL-B',
    position: 7,
    data: { number: 7 },
    titles: {
      en: 'Sustainable agriculture, aquaculture and forestry',
      fr: 'Agriculture, aquaculture et sylviculture durables',
      es: 'Agricultura, acuicultura y silvicultura sostenibles',
    },
    descriptions: {
      en: 'By 2020 areas under agriculture, aquaculture and forestry are managed sustainably, ensuring conservation of biodiversity.',
    },
  },
  {
    identifier: 'AICHI-TARGET-08',
    broader: 'AICHI-GOAL-B',
    position: 8,
    data: { number: 8 },
    titles: {
      en: 'Pollution reduced',
      fr: 'Réduction de la pollution',
      es: 'Reducción de la contaminación',
    },
    descriptions: {
      en: 'By 2020, pollution, including from excess nutrients, has been brought to levels that are not detrimental to ecosystem function and biodiversity.',
    },
  },
  {
    identifier: 'AICHI-TARGET-09',
    broader: 'AICHI-GOAL-B',
    position: 9,
    data: { number: 9 },
    titles: {
      en: 'Invasive alien species prevented and controlled',
      fr: 'Prévention et contrôle des espèces exotiques envahissantes',
      es: 'Prevención y control de las especies exóticas invasoras',
    },
    descriptions: {
      en: 'By 2020, invasive alien species and pathways are identified and prioritized, priority species are controlled or eradicated, and measures are in place to manage pathways to prevent their introduction and establishment.',
    },
  },
  {
    identifier: 'AICHI-TARGET-10',
    broader: 'AICHI-GOAL-B',
    position: 10,
    data: { number: 10 },
    titles: {
      en: 'Ecosystems vulnerable to climate change',
      fr: 'Écosystèmes vulnérables aux changements climatiques',
      es: 'Ecosistemas vulnerables al cambio climático',
    },
    descriptions: {
      en: 'By 2015, the multiple anthropogenic pressures on coral reefs, and other vulnerable ecosystems impacted by climate change or ocean acidification are minimized, so as to maintain their integrity and functioning.',
    },
  },
  {
    identifier: 'AICHI-TARGET-11',
    broader: 'AICHI-GOAL-C',
    position: 11,
    data: { number: 11 },
    titles: {
      en: 'Protected areas',
      fr: 'Aires protégées',
      es: 'Áreas protegidas',
    },
    descriptions: {
      en: 'By 2020, at least 17 per cent of terrestrial and inland water, and 10 per cent of coastal and marine areas, especially areas of particular importance for biodiversity and ecosystem services, are conserved through effectively and equitably managed, ecologically representative and well connected systems of protected areas and other effective area-based conservation measures, and integrated into the wider landscapes and seascapes.',
    },
  },
  {
    identifier: 'AICHI-TARGET-12',
    broader: 'AICHI-GOAL-C',
    position: 12,
    data: { number: 12 },
    titles: {
      en: 'Reducing risk of extinction',
      fr: 'Réduction du risque d’extinction',
      es: 'Reducción del riesgo de extinción',
    },
    descriptions: {
      en: 'By 2020 the extinction of known threatened species has been prevented and their conservation status, particularly of those most in decline, has been improved and sustained.',
    },
  },
  {
    identifier: 'AICHI-TARGET-13',
    broader: 'AICHI-GOAL-C',
    position: 13,
    data: { number: 13 },
    titles: {
      en: 'Safeguarding genetic diversity',
      fr: 'Sauvegarde de la diversité génétique',
      es: 'Salvaguardia de la diversidad genética',
    },
    descriptions: {
      en: 'By 2020, the genetic diversity of cultivated plants and farmed and domesticated animals and of wild relatives, including other socio-economically as well as culturally valuable species, is maintained, and strategies have been developed and implemented for minimizing genetic erosion and safeguarding their genetic diversity.',
    },
  },
  {
    identifier: 'AICHI-TARGET-14',
    broader: 'AICHI-GOAL-D',
    position: 14,
    data: { number: 14 },
    titles: {
      en: 'Ecosystem services',
      fr: 'Services fournis par les écosystèmes',
      es: 'Servicios de los ecosistemas',
    },
    descriptions: {
      en: 'By 2020, ecosystems that provide essential services, including services related to water, and contribute to health, livelihoods and well-being, are restored and safeguarded, taking into account the needs of women, indigenous and local communities, and the poor and vulnerable.',
    },
  },
  {
    identifier: 'AICHI-TARGET-15',
    broader: 'AICHI-GOAL-D',
    position: 15,
    data: { number: 15 },
    titles: {
      en: 'Ecosystem restoration and resilience',
      fr: 'Restauration et résilience des écosystèmes',
      es: 'Restauración y resiliencia de los ecosistemas',
    },
    descriptions: {
      en: 'By 2020, ecosystem resilience and the contribution of biodiversity to carbon stocks has been enhanced, through conservation and restoration, including restoration of at least 15 per cent of degraded ecosystems, thereby contributing to climate change mitigation and adaptation and to combating desertification.',
    },
  },
  {
    identifier: 'AICHI-TARGET-16',
    broader: 'AICHI-GOAL-D',
    position: 16,
    data: { number: 16 },
    titles: {
      en: 'Access to and sharing benefits from genetic resources',
      fr: 'Accès aux ressources génétiques et partage des avantages',
      es: 'Acceso a los recursos genéticos y participación en los beneficios',
    },
    descriptions: {
      en: 'By 2015, the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization is in force and operational, consistent with national legislation.',
    },
  },
  {
    identifier: 'AICHI-TARGET-17',
    broader: 'AICHI-GOAL-E',
    position: 17,
    data: { number: 17 },
    titles: {
      en: 'Biodiversity strategies and action plans',
      fr: 'Stratégies et plans d’action nationaux pour la biodiversité',
      es: 'Estrategias y planes de acción en materia de biodiversidad',
    },
    descriptions: {
      en: 'By 2015 each Party has developed, adopted as a policy instrument, and has commenced implementing an effective, participatory and updated national biodiversity strategy and action plan.',
    },
  },
  {
    identifier: 'AICHI-TARGET-18',
    broader: 'AICHI-GOAL-E',
    position: 18,
    data: { number: 18 },
    titles: {
      en: 'Traditional knowledge',
      fr: 'Connaissances traditionnelles',
      es: 'Conocimientos tradicionales',
    },
    descriptions: {
      en: 'By 2020, the traditional knowledge, innovations and practices of indigenous and local communities relevant for the conservation and sustainable use of biodiversity, and their customary use of biological resources, are respected, subject to national legislation and relevant international obligations, and fully integrated and reflected in the implementation of the Convention with the full and effective participation of indigenous and local communities, at all relevant levels.',
    },
  },
  {
    identifier: 'AICHI-TARGET-19',
    broader: 'AICHI-GOAL-E',
    position: 19,
    data: { number: 19 },
    titles: {
      en: 'Knowledge improved, shared and applied',
      fr: 'Connaissances améliorées, partagées et appliquées',
      es: 'Conocimientos mejorados, compartidos y aplicados',
    },
    descriptions: {
      en: 'By 2020, knowledge, the science base and technologies relating to biodiversity, its values, functioning, status and trends, and the consequences of its loss, are improved, widely shared and transferred, and applied.',
    },
  },
  {
    identifier: 'AICHI-TARGET-20',
    broader: 'AICHI-GOAL-E',
    position: 20,
    data: { number: 20 },
    titles: {
      en: 'Mobilizing resources from all sources',
      fr: 'Mobilisation des ressources de toutes provenances',
      es: 'Movilización de recursos de todas las fuentes',
    },
    descriptions: {
      en: 'By 2020, at the latest, the mobilization of financial resources for effectively implementing the Strategic Plan for Biodiversity 2011-2020 from all sources, and in accordance with the consolidated and agreed process in the Strategy for Resource Mobilization, should increase substantially from the current levels. This target will be subject to changes contingent to resource needs assessments to be developed and reported by Parties.',
    },
  },
];
