/**
 * The 17 Sustainable Development Goals (UN General Assembly resolution 70/1), as shipped fallback
 * data for the CBD thesaurus domain `SUSTAINABLE-DEVELOPMENT-GOALS`
 * (identifiers `SUSTAINABLE-DEVELOPMENT-GOAL-01`…`17`; the legacy `SDG-GOAL-06` form is not used).
 *
 * `titles` are the UN short names (the SDG icon names) in the six UN languages;
 * `descriptions.en` is the goal's official statement. The thesaurus sync may replace both with
 * the API's own values.
 */
import type { TermData } from './term-data.ts';

export const sdgs: TermData[] = [
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-01',
    position: 1,
    data: { number: 1 },
    titles: {
      ar: 'القضاء على الفقر',
      en: 'No poverty',
      es: 'Fin de la pobreza',
      fr: 'Pas de pauvreté',
      ru: 'Ликвидация нищеты',
      zh: '无贫穷',
    },
    descriptions: {
      en: 'End poverty in all its forms everywhere',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-02',
    position: 2,
    data: { number: 2 },
    titles: {
      ar: 'القضاء التام على الجوع',
      en: 'Zero hunger',
      es: 'Hambre cero',
      fr: 'Faim « zéro »',
      ru: 'Ликвидация голода',
      zh: '零饥饿',
    },
    descriptions: {
      en: 'End hunger, achieve food security and improved nutrition and promote sustainable agriculture',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-03',
    position: 3,
    data: { number: 3 },
    titles: {
      ar: 'الصحة الجيدة والرفاه',
      en: 'Good health and well-being',
      es: 'Salud y bienestar',
      fr: 'Bonne santé et bien-être',
      ru: 'Хорошее здоровье и благополучие',
      zh: '良好健康与福祉',
    },
    descriptions: {
      en: 'Ensure healthy lives and promote well-being for all at all ages',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-04',
    position: 4,
    data: { number: 4 },
    titles: {
      ar: 'التعليم الجيد',
      en: 'Quality education',
      es: 'Educación de calidad',
      fr: 'Éducation de qualité',
      ru: 'Качественное образование',
      zh: '优质教育',
    },
    descriptions: {
      en: 'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-05',
    position: 5,
    data: { number: 5 },
    titles: {
      ar: 'المساواة بين الجنسين',
      en: 'Gender equality',
      es: 'Igualdad de género',
      fr: 'Égalité entre les sexes',
      ru: 'Гендерное равенство',
      zh: '性别平等',
    },
    descriptions: {
      en: 'Achieve gender equality and empower all women and girls',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-06',
    position: 6,
    data: { number: 6 },
    titles: {
      ar: 'المياه النظيفة والنظافة الصحية',
      en: 'Clean water and sanitation',
      es: 'Agua limpia y saneamiento',
      fr: 'Eau propre et assainissement',
      ru: 'Чистая вода и санитария',
      zh: '清洁饮水和卫生设施',
    },
    descriptions: {
      en: 'Ensure availability and sustainable management of water and sanitation for all',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-07',
    position: 7,
    data: { number: 7 },
    titles: {
      ar: 'طاقة نظيفة وبأسعار معقولة',
      en: 'Affordable and clean energy',
      es: 'Energía asequible y no contaminante',
      fr: 'Énergie propre et d’un coût abordable',
      ru: 'Недорогостоящая и чистая энергия',
      zh: '经济适用的清洁能源',
    },
    descriptions: {
      en: 'Ensure access to affordable, reliable, sustainable and modern energy for all',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-08',
    position: 8,
    data: { number: 8 },
    titles: {
      ar: 'العمل اللائق ونمو الاقتصاد',
      en: 'Decent work and economic growth',
      es: 'Trabajo decente y crecimiento económico',
      fr: 'Travail décent et croissance économique',
      ru: 'Достойная работа и экономический рост',
      zh: '体面工作和经济增长',
    },
    descriptions: {
      en: 'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-09',
    position: 9,
    data: { number: 9 },
    titles: {
      ar: 'الصناعة والابتكار والهياكل الأساسية',
      en: 'Industry, innovation and infrastructure',
      es: 'Industria, innovación e infraestructura',
      fr: 'Industrie, innovation et infrastructure',
      ru: 'Индустриализация, инновации и инфраструктура',
      zh: '产业、创新和基础设施',
    },
    descriptions: {
      en: 'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-10',
    position: 10,
    data: { number: 10 },
    titles: {
      ar: 'الحد من أوجه عدم المساواة',
      en: 'Reduced inequalities',
      es: 'Reducción de las desigualdades',
      fr: 'Inégalités réduites',
      ru: 'Уменьшение неравенства',
      zh: '减少不平等',
    },
    descriptions: {
      en: 'Reduce inequality within and among countries',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-11',
    position: 11,
    data: { number: 11 },
    titles: {
      ar: 'مدن ومجتمعات محلية مستدامة',
      en: 'Sustainable cities and communities',
      es: 'Ciudades y comunidades sostenibles',
      fr: 'Villes et communautés durables',
      ru: 'Устойчивые города и населённые пункты',
      zh: '可持续城市和社区',
    },
    descriptions: {
      en: 'Make cities and human settlements inclusive, safe, resilient and sustainable',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-12',
    position: 12,
    data: { number: 12 },
    titles: {
      ar: 'الاستهلاك والإنتاج المسؤولان',
      en: 'Responsible consumption and production',
      es: 'Producción y consumo responsables',
      fr: 'Consommation et production responsables',
      ru: 'Ответственное потребление и производство',
      zh: '负责任消费和生产',
    },
    descriptions: {
      en: 'Ensure sustainable consumption and production patterns',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-13',
    position: 13,
    data: { number: 13 },
    titles: {
      ar: 'العمل المناخي',
      en: 'Climate action',
      es: 'Acción por el clima',
      fr: 'Mesures relatives à la lutte contre les changements climatiques',
      ru: 'Борьба с изменением климата',
      zh: '气候行动',
    },
    descriptions: {
      en: 'Take urgent action to combat climate change and its impacts',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-14',
    position: 14,
    data: { number: 14 },
    titles: {
      ar: 'الحياة تحت الماء',
      en: 'Life below water',
      es: 'Vida submarina',
      fr: 'Vie aquatique',
      ru: 'Сохранение морских экосистем',
      zh: '水下生物',
    },
    descriptions: {
      en: 'Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-15',
    position: 15,
    data: { number: 15 },
    titles: {
      ar: 'الحياة في البر',
      en: 'Life on land',
      es: 'Vida de ecosistemas terrestres',
      fr: 'Vie terrestre',
      ru: 'Сохранение экосистем суши',
      zh: '陆地生物',
    },
    descriptions: {
      en: 'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat desertification, and halt and reverse land degradation and halt biodiversity loss',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-16',
    position: 16,
    data: { number: 16 },
    titles: {
      ar: 'السلام والعدل والمؤسسات القوية',
      en: 'Peace, justice and strong institutions',
      es: 'Paz, justicia e instituciones sólidas',
      fr: 'Paix, justice et institutions efficaces',
      ru: 'Мир, правосудие и эффективные институты',
      zh: '和平、正义与强大机构',
    },
    descriptions: {
      en: 'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels',
    },
  },
  {
    identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-17',
    position: 17,
    data: { number: 17 },
    titles: {
      ar: 'عقد الشراكات لتحقيق الأهداف',
      en: 'Partnerships for the goals',
      es: 'Alianzas para lograr los objetivos',
      fr: 'Partenariats pour la réalisation des objectifs',
      ru: 'Партнёрство в интересах устойчивого развития',
      zh: '促进目标实现的伙伴关系',
    },
    descriptions: {
      en: 'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development',
    },
  },
];
