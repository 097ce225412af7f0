/**
 * Demo site: Morocco (المغرب / Maroc). Arabic first (right-to-left), then French and English.
 *
 * Places, species, institutions and laws are real; contact persons, budgets, event details and
 * file addresses are invented for the demonstration. Contact persons are fictitious and use
 * example.org addresses and +212 5 00 00 00 00-style numbers.
 */
import { demoMenus } from '../demo-menus.ts';
import type { SeedHelpers, SeedItem, SeedSite } from '../seed-types.ts';

const TZ = 'Africa/Casablanca';

export const ma: SeedSite = {
  code: 'ma',
  country: 'ma',
  names: {
    ar: 'آلية تبادل المعلومات حول التنوع البيولوجي بالمغرب',
    fr: "Centre d'échange d'informations sur la biodiversité du Maroc",
    en: 'Morocco Biodiversity Clearing-House Mechanism',
  },
  defaultLanguage: 'ar',
  languages: ['ar', 'fr', 'en'],
  contactEmail: 'chm-maroc@example.org',
  theme: { primaryColor: '#7a1f2b', accentColor: '#1e6b52' },
  taglines: {
    ar: 'من قمم الأطلس إلى سواحل الأطلسي والمتوسط: معرفة مشتركة من أجل تنوع بيولوجي مصون',
    fr: "Des cimes de l'Atlas aux rivages atlantique et méditerranéen : partager le savoir pour préserver la biodiversité",
    en: 'From the Atlas peaks to the Atlantic and Mediterranean shores: shared knowledge for a living natural heritage',
  },
  menus: demoMenus({ about: 'page-about-chm', biodiversity: 'page-biodiversity-in-morocco', nbsap: 'page-nbsap' }),
  items: (h) => [
    ...news(h),
    ...events(h),
    ...documents(h),
    ...nationalTargets(),
    ...projects(h),
    ...protectedAreas(),
    ...ecosystems(),
    ...species(),
    ...organizations(),
    ...contactPersons(),
    ...learningResources(h),
    ...mediaItems(),
    ...relatedWebsites(),
    ...faqs(),
    ...pages(),
  ],
};

/* ------------------------------------------------------------------ news */

function news(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'news-nbsap-consultation',
      type: 'news',
      publishedDaysAgo: 3,
      promoted: true,
      sticky: true,
      tags: ['GBF-TARGET-14', 'GBF-TARGET-22', 'ma'],
      fields: { sourceUrl: 'https://www.environnement.gov.ma', unpublishOn: h.date(90) },
      translations: {
        ar: {
          title: 'إطلاق المشاورات الوطنية حول مشروع الاستراتيجية وخطة العمل الوطنيتين المحيَّنتين للتنوع البيولوجي',
          summary:
            'يدعو قطاع التنمية المستدامة جميع الفاعلين إلى إبداء ملاحظاتهم على مشروع الاستراتيجية المحيَّنة، المنسجمة مع إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي.',
          body: `<p>أطلق قطاع التنمية المستدامة التابع لوزارة الانتقال الطاقي والتنمية المستدامة مشاورات وطنية واسعة حول مشروع <strong>الاستراتيجية وخطة العمل الوطنيتين للتنوع البيولوجي</strong> في صيغتهما المحيَّنة، وذلك تنفيذاً لالتزامات المغرب بموجب اتفاقية التنوع البيولوجي وإطار كونمينغ-مونتريال العالمي للتنوع البيولوجي المعتمد سنة 2022.</p>
<p>يقترح المشروع مجموعة من الأهداف الوطنية في أفق 2030، من بينها توسيع شبكة المناطق المحمية البرية والبحرية، وإعادة تأهيل النظم البيئية الغابوية المتدهورة كغابات الأرز الأطلسي والأركان، ومكافحة الأنواع الغريبة الغازية، وتعزيز التقاسم العادل للمنافع الناتجة عن استعمال الموارد الجينية.</p>
<h2>كيف تشاركون؟</h2>
<ul><li>الاطلاع على مشروع الوثيقة في قسم الوثائق بهذا الموقع؛</li><li>إرسال الملاحظات المكتوبة عبر البريد الإلكتروني للآلية؛</li><li>حضور الورشة الوطنية للمصادقة المقررة بالرباط.</li></ul>
<p>تظل المشاورات مفتوحة أمام الإدارات والجماعات الترابية والجامعات والجمعيات والقطاع الخاص والمواطنين. لمزيد من المعلومات حول الإطار العالمي، يمكن زيارة <a href="https://www.cbd.int/gbf">الموقع الرسمي لاتفاقية التنوع البيولوجي</a>.</p>`,
          fields: { source: 'وزارة الانتقال الطاقي والتنمية المستدامة' },
        },
        fr: {
          title: 'Lancement de la consultation nationale sur le projet de SPANB actualisée',
          summary:
            "Le Département du Développement Durable invite l'ensemble des acteurs à commenter le projet de Stratégie et Plan d'Action Nationaux pour la Biodiversité, aligné sur le Cadre mondial de Kunming-Montréal.",
          body: `<p>Le Département du Développement Durable du Ministère de la Transition Énergétique et du Développement Durable a lancé une large consultation nationale sur le projet de <strong>Stratégie et Plan d'Action Nationaux pour la Biodiversité (SPANB)</strong> actualisée, conformément aux engagements du Maroc au titre de la Convention sur la diversité biologique et du Cadre mondial de la biodiversité de Kunming-Montréal adopté en 2022.</p>
<p>Le projet propose des cibles nationales à l'horizon 2030 : extension du réseau d'aires protégées terrestres et marines, restauration des écosystèmes forestiers dégradés comme les cédraies et l'arganeraie, lutte contre les espèces exotiques envahissantes et partage juste et équitable des avantages issus de l'utilisation des ressources génétiques.</p>
<h2>Comment participer ?</h2>
<ul><li>consulter le projet de document dans la rubrique Documents de ce site ;</li><li>envoyer vos commentaires écrits par courriel au CHM ;</li><li>participer à l'atelier national de validation prévu à Rabat.</li></ul>
<p>La consultation est ouverte aux administrations, collectivités territoriales, universités, associations, au secteur privé et aux citoyens. Pour en savoir plus sur le cadre mondial, consultez <a href="https://www.cbd.int/gbf">le site officiel de la CDB</a>.</p>`,
          fields: { source: 'Ministère de la Transition Énergétique et du Développement Durable' },
        },
        en: {
          title: "National consultation opens on Morocco's updated NBSAP",
          summary:
            'The Sustainable Development Department invites all stakeholders to comment on the draft updated National Biodiversity Strategy and Action Plan, aligned with the Kunming-Montreal Global Biodiversity Framework.',
          body: `<p>The Sustainable Development Department of the Ministry of Energy Transition and Sustainable Development has opened a broad national consultation on the draft updated <strong>National Biodiversity Strategy and Action Plan (NBSAP)</strong>, in line with Morocco's commitments under the Convention on Biological Diversity and the Kunming-Montreal Global Biodiversity Framework adopted in 2022.</p>
<p>The draft sets national targets for 2030, including expanding the network of terrestrial and marine protected areas, restoring degraded forest ecosystems such as the Atlas cedar and argan woodlands, tackling invasive alien species and ensuring the fair and equitable sharing of benefits from the use of genetic resources.</p>
<h2>How to take part</h2>
<ul><li>read the draft in the Documents section of this site;</li><li>send written comments by email to the CHM team;</li><li>attend the national validation workshop in Rabat.</li></ul>
<p>The consultation is open to government bodies, local authorities, universities, associations, the private sector and citizens. To learn more about the global framework, visit <a href="https://www.cbd.int/gbf">the official CBD website</a>.</p>`,
          fields: { source: 'Ministry of Energy Transition and Sustainable Development' },
        },
      },
    },
    {
      key: 'news-bald-ibis-breeding-record',
      type: 'news',
      publishedDaysAgo: 12,
      promoted: true,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-03', 'ma'],
      fields: { sourceUrl: 'https://www.eauxetforets.gov.ma' },
      translations: {
        ar: {
          title: 'موسم تكاثر قياسي لطائر أبي منجل الأصلع في منتزه سوس ماسة الوطني',
          summary:
            'سجّلت فرق الرصد الميداني أعلى عدد من الأزواج المتكاثرة لأبي منجل الأصلع الشمالي منذ انطلاق برنامج التتبع، مما يؤكد نجاعة تدابير الحماية المتخذة.',
          body: `<p>أعلنت الوكالة الوطنية للمياه والغابات أن مستعمرات <strong>أبي منجل الأصلع الشمالي</strong> (<em>Geronticus eremita</em>) في منتزه سوس ماسة الوطني ومنطقة تامري شمال أكادير عرفت هذا الموسم أعلى عدد من الأزواج المتكاثرة منذ بداية برنامج التتبع في تسعينيات القرن الماضي.</p>
<p>ويحتضن الساحل الواقع بين أكادير وتامري الغالبية العظمى من الساكنة البرية لهذا النوع المهدد بالانقراض على الصعيد العالمي. وتشمل تدابير الحماية حراسة مواقع التعشيش، وتوفير نقاط للمياه العذبة، والحد من الإزعاج البشري، وإشراك الساكنة المحلية في الرصد.</p>
<p>وأكد الشركاء، ومنهم مجموعة البحث من أجل حماية الطيور بالمغرب (GREPOM/BirdLife)، أن التحدي المقبل يتمثل في حماية مناطق التغذية من التوسع العمراني على الشريط الساحلي.</p>`,
          fields: { source: 'الوكالة الوطنية للمياه والغابات' },
        },
        fr: {
          title: "Saison de reproduction record pour l'ibis chauve au parc national de Souss-Massa",
          summary:
            "Les équipes de suivi ont recensé le plus grand nombre de couples nicheurs d'ibis chauves depuis le début du programme de suivi, signe de l'efficacité des mesures de protection.",
          body: `<p>L'Agence Nationale des Eaux et Forêts annonce que les colonies d'<strong>ibis chauve</strong> (<em>Geronticus eremita</em>) du parc national de Souss-Massa et du site de Tamri, au nord d'Agadir, ont connu cette saison le plus grand nombre de couples nicheurs depuis le lancement du suivi dans les années 1990.</p>
<p>Le littoral compris entre Agadir et Tamri abrite l'écrasante majorité de la population sauvage de cette espèce menacée à l'échelle mondiale. Les mesures de conservation comprennent le gardiennage des sites de nidification, l'aménagement de points d'eau douce, la réduction du dérangement et l'implication des populations locales dans le suivi.</p>
<p>Les partenaires, dont le GREPOM/BirdLife Maroc, soulignent que le prochain défi consiste à protéger les zones d'alimentation face à l'urbanisation du littoral.</p>`,
          fields: { source: 'Agence Nationale des Eaux et Forêts' },
        },
        en: {
          title: 'Record breeding season for the Northern bald ibis in Souss-Massa National Park',
          summary:
            'Field teams counted the highest number of breeding pairs of Northern bald ibis since monitoring began, confirming that protection measures are working.',
          body: `<p>The National Agency for Water and Forests (ANEF) reports that the <strong>Northern bald ibis</strong> (<em>Geronticus eremita</em>) colonies in Souss-Massa National Park and at Tamri, north of Agadir, had their highest number of breeding pairs this season since monitoring started in the 1990s.</p>
<p>The coast between Agadir and Tamri holds the vast majority of the wild population of this globally Endangered species. Conservation measures include wardening of nesting cliffs, freshwater drinking points, reducing disturbance and involving local people in monitoring.</p>
<p>Partners including GREPOM/BirdLife Morocco stress that the next challenge is protecting the birds' feeding grounds from coastal urban development.</p>`,
          fields: { source: 'National Agency for Water and Forests' },
        },
      },
    },
    {
      key: 'news-chm-portal-launch',
      type: 'news',
      publishedDaysAgo: 1,
      promoted: true,
      tags: ['GBF-TARGET-21', 'ma'],
      translations: {
        ar: {
          title: 'إطلاق البوابة الجديدة لآلية تبادل المعلومات حول التنوع البيولوجي بالمغرب',
          summary:
            'بوابة ثلاثية اللغة تجمع الأخبار والوثائق والبيانات حول التنوع البيولوجي الوطني في مكان واحد، وتتيح للشركاء نشر محتوياتهم مباشرة.',
          body: `<p>يسعدنا الإعلان عن إطلاق الصيغة الجديدة لبوابة <strong>آلية تبادل المعلومات حول التنوع البيولوجي بالمغرب</strong>، المتاحة باللغات العربية والفرنسية والإنجليزية.</p>
<p>تقدم البوابة معلومات محيَّنة حول المناطق المحمية والنظم البيئية والأنواع المهددة، إلى جانب الأهداف الوطنية ومشاريع الحفاظ على الطبيعة والموارد التعليمية. كما ترتبط بآلية تبادل المعلومات المركزية التابعة لـ<a href="https://www.cbd.int/chm">اتفاقية التنوع البيولوجي</a>.</p>
<p>ندعو المؤسسات الشريكة والجمعيات والباحثين إلى التواصل معنا للحصول على حساب محرر ونشر أخبارهم وتقاريرهم على البوابة.</p>`,
        },
        fr: {
          title: "Lancement du nouveau portail du Centre d'échange d'informations sur la biodiversité du Maroc",
          summary:
            'Un portail trilingue qui réunit en un seul lieu actualités, documents et données sur la biodiversité nationale, et permet aux partenaires de publier directement leurs contenus.',
          body: `<p>Nous avons le plaisir d'annoncer la mise en ligne de la nouvelle version du portail du <strong>Centre d'échange d'informations (CHM) sur la biodiversité du Maroc</strong>, disponible en arabe, en français et en anglais.</p>
<p>Le portail présente des informations à jour sur les aires protégées, les écosystèmes et les espèces menacées, ainsi que les cibles nationales, les projets de conservation et des ressources pédagogiques. Il est relié au mécanisme central du <a href="https://www.cbd.int/chm">CHM de la Convention sur la diversité biologique</a>.</p>
<p>Les institutions partenaires, associations et chercheurs sont invités à nous contacter pour obtenir un compte éditeur et publier leurs actualités et rapports.</p>`,
        },
        en: {
          title: "Morocco's new biodiversity Clearing-House Mechanism portal goes live",
          summary:
            'A trilingual portal bringing news, documents and data on national biodiversity together in one place, where partners can publish their own content.',
          body: `<p>We are pleased to announce the launch of the new <strong>Morocco Biodiversity Clearing-House Mechanism (CHM)</strong> portal, available in Arabic, French and English.</p>
<p>The portal offers up-to-date information on protected areas, ecosystems and threatened species, alongside national targets, conservation projects and learning resources. It is linked to the central <a href="https://www.cbd.int/chm">CHM of the Convention on Biological Diversity</a>.</p>
<p>Partner institutions, associations and researchers are welcome to contact us for an editor account to publish their news and reports.</p>`,
        },
      },
    },
    {
      key: 'news-merja-zerga-waterbird-census',
      type: 'news',
      publishedDaysAgo: 45,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: { sourceUrl: 'https://www.grepom.org' },
      translations: {
        ar: {
          title: 'الإحصاء الشتوي للطيور المائية: مرجة الزرقاء تحافظ على مكانتها كموقع رطب ذي أهمية دولية',
          summary:
            'شارك أكثر من مئة متطوع ومختص في الإحصاء الشتوي السنوي للطيور المائية، الذي أكد الدور المحوري لبحيرة مرجة الزرقاء بالنسبة للطيور المهاجرة.',
          body: `<p>نُظّم الإحصاء الشتوي الدولي للطيور المائية هذه السنة بتنسيق بين الوكالة الوطنية للمياه والغابات ومجموعة البحث من أجل حماية الطيور بالمغرب، بمشاركة أكثر من مئة ملاحظ في حوالي ثلاثين منطقة رطبة عبر المملكة.</p>
<p>وسجلت <strong>بحيرة مرجة الزرقاء</strong> قرب مولاي بوسلهام، المصنفة موقع رامسار منذ 1980، عشرات الآلاف من الطيور المائية المشتية، من بينها أعداد مهمة من النحام الوردي والزقزاق وطيور الخواضات.</p>
<p>تُدمج المعطيات المحصّلة في قاعدة البيانات الدولية للإحصاء الشتوي، وتُستعمل في تقييم حالة المناطق الرطبة الوطنية وتوجيه تدابير تدبيرها.</p>`,
          fields: { source: 'مجموعة البحث من أجل حماية الطيور بالمغرب (GREPOM)' },
        },
        fr: {
          title: "Dénombrement hivernal des oiseaux d'eau : Merja Zerga confirme son importance internationale",
          summary:
            "Plus d'une centaine de bénévoles et de spécialistes ont participé au dénombrement hivernal annuel, qui confirme le rôle clé de la lagune de Merja Zerga pour les oiseaux migrateurs.",
          body: `<p>Le dénombrement international des oiseaux d'eau hivernants a été organisé cette année par l'Agence Nationale des Eaux et Forêts et le GREPOM, avec plus de cent observateurs répartis sur une trentaine de zones humides du Royaume.</p>
<p>La <strong>lagune de Merja Zerga</strong>, près de Moulay Bousselham, site Ramsar depuis 1980, a accueilli des dizaines de milliers d'oiseaux d'eau hivernants, dont d'importants effectifs de flamants roses, de pluviers et de limicoles.</p>
<p>Les données recueillies alimentent la base internationale du dénombrement hivernal et servent à évaluer l'état des zones humides nationales et à orienter leur gestion.</p>`,
          fields: { source: 'GREPOM/BirdLife Maroc' },
        },
        en: {
          title: 'Winter waterbird census confirms the international importance of Merja Zerga',
          summary:
            'More than a hundred volunteers and specialists took part in the annual winter waterbird count, which again highlighted the key role of Merja Zerga lagoon for migratory birds.',
          body: `<p>This year's International Waterbird Census in Morocco was coordinated by the National Agency for Water and Forests and GREPOM, with over a hundred observers covering some thirty wetlands across the country.</p>
<p><strong>Merja Zerga lagoon</strong> near Moulay Bousselham, a Ramsar site since 1980, held tens of thousands of wintering waterbirds, including large numbers of Greater flamingos, plovers and other waders.</p>
<p>The data feed into the international census database and are used to assess the condition of Morocco's wetlands and guide their management.</p>`,
          fields: { source: 'GREPOM/BirdLife Morocco' },
        },
      },
    },
    {
      key: 'news-cedar-reforestation-campaign',
      type: 'news',
      publishedDaysAgo: 80,
      tags: ['GBF-TARGET-02', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: { sourceUrl: 'https://www.eauxetforets.gov.ma' },
      translations: {
        ar: {
          title: 'انطلاق حملة غرس الأرز الأطلسي بالأطلس المتوسط بمشاركة التعاونيات المحلية',
          summary:
            'تندرج الحملة ضمن استراتيجية «غابات المغرب 2020-2030» وتهدف إلى إعادة تأهيل غابات الأرز المتدهورة بأقاليم إفران وخنيفرة وميدلت.',
          body: `<p>أعطت الوكالة الوطنية للمياه والغابات انطلاقة الحملة الموسمية لغرس <strong>الأرز الأطلسي</strong> (<em>Cedrus atlantica</em>) في عدة مواقع متدهورة بالأطلس المتوسط، وذلك في إطار استراتيجية «غابات المغرب 2020-2030».</p>
<p>وتعتمد الحملة على مقاربة تشاركية تُشرك التعاونيات الرعوية والجماعات الترابية في حماية المغروسات، مقابل تعويضات عن إغلاق المراعي خلال السنوات الأولى للنمو.</p>
<ul><li>استعمال شتلات منتجة في مشاتل محلية من بذور ذات أصل معروف؛</li><li>تتبع نسب النجاح سنوياً؛</li><li>إشراك التلاميذ في أنشطة التوعية البيئية.</li></ul>`,
          fields: { source: 'الوكالة الوطنية للمياه والغابات' },
        },
        fr: {
          title: 'Lancement de la campagne de plantation de cèdre dans le Moyen Atlas avec les coopératives locales',
          summary:
            "Inscrite dans la stratégie « Forêts du Maroc 2020-2030 », la campagne vise à restaurer les cédraies dégradées des provinces d'Ifrane, Khénifra et Midelt.",
          body: `<p>L'Agence Nationale des Eaux et Forêts a donné le coup d'envoi de la campagne annuelle de plantation de <strong>cèdre de l'Atlas</strong> (<em>Cedrus atlantica</em>) sur plusieurs sites dégradés du Moyen Atlas, dans le cadre de la stratégie « Forêts du Maroc 2020-2030 ».</p>
<p>La campagne repose sur une approche participative associant les coopératives pastorales et les communes à la protection des plantations, en contrepartie de compensations pour la mise en défens des parcours pendant les premières années.</p>
<ul><li>plants produits en pépinières locales à partir de semences d'origine connue ;</li><li>suivi annuel des taux de réussite ;</li><li>participation des élèves à des activités de sensibilisation.</li></ul>`,
          fields: { source: 'Agence Nationale des Eaux et Forêts' },
        },
        en: {
          title: 'Atlas cedar planting campaign gets under way in the Middle Atlas with local cooperatives',
          summary:
            "Part of the 'Forests of Morocco 2020-2030' strategy, the campaign aims to restore degraded cedar forests in the provinces of Ifrane, Khenifra and Midelt.",
          body: `<p>The National Agency for Water and Forests has launched this season's <strong>Atlas cedar</strong> (<em>Cedrus atlantica</em>) planting campaign on several degraded sites in the Middle Atlas, under the 'Forests of Morocco 2020-2030' strategy.</p>
<p>The campaign takes a participatory approach: pastoral cooperatives and municipalities help protect the plantations and are compensated for keeping livestock out of the planted plots during the first years.</p>
<ul><li>seedlings raised in local nurseries from seed of known origin;</li><li>survival rates monitored every year;</li><li>school pupils involved in awareness activities.</li></ul>`,
          fields: { source: 'National Agency for Water and Forests' },
        },
      },
    },
    {
      key: 'news-monk-seal-sighting-al-hoceima',
      type: 'news',
      publishedDaysAgo: 150,
      tags: ['GBF-TARGET-04', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { sourceUrl: 'https://www.inrh.ma' },
      translations: {
        ar: {
          title: 'مشاهدة فقمة الراهب المتوسطية قبالة سواحل المنتزه الوطني للحسيمة',
          summary:
            'وثّق صيادون تقليديون وباحثون مشاهدة نادرة لفقمة الراهب المتوسطية، وهو نوع كان يتردد قديماً على الساحل المتوسطي للمغرب.',
          body: `<p>أفاد المعهد الوطني للبحث في الصيد البحري بأن صيادين تقليديين التقطوا صوراً لـ<strong>فقمة الراهب المتوسطية</strong> (<em>Monachus monachus</em>) قرب الجروف الصخرية للمنتزه الوطني للحسيمة، وقد أكد الباحثون هوية الحيوان بعد تحليل الصور.</p>
<p>كانت هذه الفقمة تعيش في مغارات الساحل الريفي إلى غاية منتصف القرن العشرين، قبل أن تختفي تقريباً بسبب الإزعاج والصيد العرضي. وتُعد هذه المشاهدة مؤشراً مشجعاً على قيمة الجزء البحري من المنتزه.</p>
<p>يدعو المعهد مستعملي البحر إلى الإبلاغ عن أي مشاهدة دون الاقتراب من الحيوان أو إزعاجه.</p>`,
          fields: { source: 'المعهد الوطني للبحث في الصيد البحري' },
        },
        fr: {
          title: 'Observation d’un phoque moine de Méditerranée au large du parc national d’Al Hoceima',
          summary:
            "Des pêcheurs artisans et des chercheurs ont documenté l'observation rare d'un phoque moine de Méditerranée, espèce autrefois présente sur la côte méditerranéenne marocaine.",
          body: `<p>L'Institut National de Recherche Halieutique indique que des pêcheurs artisans ont photographié un <strong>phoque moine de Méditerranée</strong> (<em>Monachus monachus</em>) près des falaises du parc national d'Al Hoceima ; les chercheurs ont confirmé l'identification après analyse des images.</p>
<p>L'espèce occupait les grottes du littoral rifain jusqu'au milieu du XXe siècle avant de quasiment disparaître en raison du dérangement et des captures accidentelles. Cette observation est un signal encourageant sur la valeur de la partie marine du parc.</p>
<p>L'Institut invite les usagers de la mer à signaler toute observation sans s'approcher ni déranger l'animal.</p>`,
          fields: { source: 'Institut National de Recherche Halieutique' },
        },
        en: {
          title: 'Mediterranean monk seal sighted off Al Hoceima National Park',
          summary:
            "Small-scale fishers and researchers have documented a rare sighting of a Mediterranean monk seal, a species that once lived along Morocco's Mediterranean coast.",
          body: `<p>The National Institute for Fisheries Research (INRH) reports that small-scale fishers photographed a <strong>Mediterranean monk seal</strong> (<em>Monachus monachus</em>) near the cliffs of Al Hoceima National Park; researchers confirmed the identification from the images.</p>
<p>Monk seals used the sea caves of the Rif coast until the mid-twentieth century before almost disappearing because of disturbance and bycatch. The sighting is an encouraging sign of the value of the park's marine section.</p>
<p>INRH asks sea users to report any sighting without approaching or disturbing the animal.</p>`,
          fields: { source: 'National Institute for Fisheries Research' },
        },
      },
    },
    {
      key: 'news-argan-day-cooperatives',
      type: 'news',
      publishedDaysAgo: 220,
      tags: ['GBF-TARGET-10', 'GBF-TARGET-13', 'SUSTAINABLE-DEVELOPMENT-GOAL-05'],
      translations: {
        ar: {
          title: 'اليوم العالمي لشجرة الأركان: التعاونيات النسائية في قلب التنمية المستدامة',
          summary:
            'احتفاءً باليوم العالمي لشجرة الأركان، نُظمت لقاءات بأكادير والصويرة لإبراز دور التعاونيات النسائية في صون المجال الغابوي وتثمين منتجاته.',
          body: `<p>بمناسبة <strong>اليوم العالمي لشجرة الأركان</strong> الذي أقرته الجمعية العامة للأمم المتحدة سنة 2021، احتضنت مدينتا أكادير والصويرة لقاءات جمعت تعاونيات نسائية وباحثين ومسؤولين محليين.</p>
<p>وشكلت المناسبة فرصة للتذكير بأن منظومة الأركان معترف بها كمحمية للمحيط الحيوي من قِبل اليونسكو منذ 1998، وبأن المعارف والممارسات المرتبطة بها مدرجة في قائمة التراث الثقافي غير المادي للإنسانية منذ 2014.</p>
<p>كما ناقش المشاركون سبل تطبيق مبادئ الولوج إلى الموارد الجينية وتقاسم المنافع، حتى تستفيد الساكنة المحلية بشكل منصف من الاستعمالات التجميلية والصيدلانية لزيت الأركان.</p>`,
        },
        fr: {
          title: "Journée internationale de l'arganier : les coopératives féminines au cœur du développement durable",
          summary:
            "À l'occasion de la Journée internationale de l'arganier, des rencontres à Agadir et Essaouira ont mis en lumière le rôle des coopératives féminines dans la préservation de l'arganeraie.",
          body: `<p>À l'occasion de la <strong>Journée internationale de l'arganier</strong>, proclamée par l'Assemblée générale des Nations Unies en 2021, Agadir et Essaouira ont accueilli des rencontres réunissant coopératives féminines, chercheurs et responsables locaux.</p>
<p>Ces rencontres ont rappelé que l'arganeraie est reconnue réserve de biosphère par l'UNESCO depuis 1998 et que les savoirs et savoir-faire liés à l'arganier sont inscrits au patrimoine culturel immatériel de l'humanité depuis 2014.</p>
<p>Les participants ont également débattu de l'application des principes d'accès aux ressources génétiques et de partage des avantages, afin que les populations locales bénéficient équitablement des usages cosmétiques et pharmaceutiques de l'huile d'argane.</p>`,
        },
        en: {
          title: "International Day of Argan: women's cooperatives at the heart of sustainable development",
          summary:
            "To mark the International Day of Argan, meetings in Agadir and Essaouira highlighted the role of women's cooperatives in conserving the argan woodlands.",
          body: `<p>For the <strong>International Day of Argan</strong>, proclaimed by the UN General Assembly in 2021, Agadir and Essaouira hosted meetings bringing together women's cooperatives, researchers and local officials.</p>
<p>Speakers recalled that the argan woodland has been a UNESCO Biosphere Reserve since 1998, and that the knowledge and practices associated with the argan tree were inscribed on the Representative List of the Intangible Cultural Heritage of Humanity in 2014.</p>
<p>Participants also discussed how to apply access and benefit-sharing principles so that local communities share fairly in the cosmetic and pharmaceutical uses of argan oil.</p>`,
        },
      },
    },
  ];
}

/* ---------------------------------------------------------------- events */

function events(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'event-webinar-gbf-reporting',
      type: 'event',
      publishedDaysAgo: 9,
      tags: ['GBF-TARGET-21', 'GBF-GOAL-D'],
      fields: {
        start: h.at(6, '10:00', TZ),
        end: h.at(6, '12:00', TZ),
        attendance: 'online',
        onlineUrl: 'https://meet.example.org/ma-chm-gbf-reporting',
      },
      translations: {
        ar: {
          title: 'ندوة رقمية: إعداد التقارير الوطنية حول إطار كونمينغ-مونتريال عبر آلية تبادل المعلومات',
          summary:
            'ندوة عبر الإنترنت موجهة لنقط الارتكاز القطاعية حول كيفية تقاسم البيانات والمؤشرات الخاصة بالأهداف الوطنية.',
          body: `<p>تنظم وحدة آلية تبادل المعلومات ندوة رقمية لفائدة نقط الارتكاز في القطاعات الحكومية والمؤسسات العلمية، تتناول إعداد التقرير الوطني السابع لاتفاقية التنوع البيولوجي واستعمال أداة التقارير عبر الإنترنت.</p>
<ul><li>تقديم المؤشرات الرئيسية لإطار الرصد العالمي؛</li><li>نشر البيانات الوطنية وربطها بالأهداف؛</li><li>جلسة أسئلة وأجوبة.</li></ul>
<p>تجري الندوة باللغتين العربية والفرنسية، مع ترجمة فورية إلى الإنجليزية.</p>`,
          fields: { location: 'عبر الإنترنت', organiser: 'قطاع التنمية المستدامة – وحدة آلية تبادل المعلومات' },
        },
        fr: {
          title: 'Webinaire : rendre compte du Cadre de Kunming-Montréal grâce au CHM',
          summary:
            'Un webinaire destiné aux points focaux sectoriels sur le partage des données et des indicateurs liés aux cibles nationales.',
          body: `<p>L'équipe du CHM organise un webinaire à l'intention des points focaux des départements ministériels et des institutions scientifiques, consacré à la préparation du septième rapport national à la CDB et à l'utilisation de l'outil de rapportage en ligne.</p>
<ul><li>présentation des indicateurs clés du cadre de suivi mondial ;</li><li>publication des données nationales et lien avec les cibles ;</li><li>séance de questions-réponses.</li></ul>
<p>Le webinaire se déroule en arabe et en français, avec interprétation en anglais.</p>`,
          fields: { location: 'En ligne', organiser: 'Département du Développement Durable – équipe CHM' },
        },
        en: {
          title: 'Webinar: reporting on the Kunming-Montreal Framework through the CHM',
          summary:
            'An online session for sectoral focal points on sharing data and indicators for the national targets.',
          body: `<p>The CHM team is holding a webinar for focal points in government departments and scientific institutions on preparing the seventh national report to the CBD and using the online reporting tool.</p>
<ul><li>key indicators of the global monitoring framework;</li><li>publishing national data and linking it to targets;</li><li>questions and answers.</li></ul>
<p>The webinar is held in Arabic and French, with interpretation into English.</p>`,
          fields: { location: 'Online', organiser: 'Sustainable Development Department – CHM team' },
        },
      },
    },
    {
      key: 'event-nbsap-validation-workshop',
      type: 'event',
      publishedDaysAgo: 3,
      promoted: true,
      point: { lat: 33.9716, lng: -6.8498 },
      tags: ['GBF-TARGET-14', 'GBF-TARGET-22', 'ma'],
      fields: {
        start: h.at(14, '09:00', TZ),
        end: h.at(15, '17:00', TZ),
        attendance: 'hybrid',
        onlineUrl: 'https://meet.example.org/ma-spanb-validation',
        eventUrl: 'https://www.environnement.gov.ma',
      },
      translations: {
        ar: {
          title: 'الورشة الوطنية للمصادقة على الاستراتيجية وخطة العمل الوطنيتين المحيَّنتين للتنوع البيولوجي',
          summary:
            'ورشة على مدى يومين لعرض نتائج المشاورات الوطنية والمصادقة على الأهداف الوطنية في أفق 2030.',
          body: `<p>يعقد قطاع التنمية المستدامة بالرباط ورشة وطنية للمصادقة على مشروع الاستراتيجية المحيَّنة، بحضور ممثلي القطاعات الوزارية والجهات والمؤسسات العلمية والمجتمع المدني.</p>
<p>يخصص اليوم الأول لعرض خلاصات المشاورات وملاحظات المشاركين، فيما يُخصص اليوم الثاني لمناقشة خطة العمل وآليات التمويل والتتبع.</p>
<p>التسجيل إلزامي للحضور، ويمكن متابعة الجلسات العامة عن بعد.</p>`,
          fields: { location: 'الرباط', organiser: 'وزارة الانتقال الطاقي والتنمية المستدامة' },
        },
        fr: {
          title: "Atelier national de validation de la SPANB actualisée",
          summary:
            "Deux jours pour présenter les résultats de la consultation nationale et valider les cibles nationales à l'horizon 2030.",
          body: `<p>Le Département du Développement Durable organise à Rabat un atelier national de validation du projet de SPANB actualisée, en présence des représentants des départements ministériels, des régions, des institutions scientifiques et de la société civile.</p>
<p>La première journée est consacrée à la synthèse de la consultation et aux commentaires reçus ; la seconde au plan d'action, aux mécanismes de financement et au dispositif de suivi.</p>
<p>L'inscription est obligatoire pour participer sur place ; les séances plénières sont retransmises en ligne.</p>`,
          fields: { location: 'Rabat', organiser: 'Ministère de la Transition Énergétique et du Développement Durable' },
        },
        en: {
          title: 'National validation workshop for the updated NBSAP',
          summary: 'A two-day workshop to present the outcome of the national consultation and validate the 2030 national targets.',
          body: `<p>The Sustainable Development Department is holding a national workshop in Rabat to validate the draft updated NBSAP, with representatives of ministries, regions, scientific institutions and civil society.</p>
<p>Day one reviews the results of the consultation and the comments received; day two covers the action plan, financing mechanisms and monitoring arrangements.</p>
<p>Registration is required to attend in person; plenary sessions are streamed online.</p>`,
          fields: { location: 'Rabat', organiser: 'Ministry of Energy Transition and Sustainable Development' },
        },
      },
    },
    {
      key: 'event-waterbird-observer-training',
      type: 'event',
      publishedDaysAgo: 15,
      point: { lat: 34.8735, lng: -6.2851 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: {
        start: h.at(27, '08:30', TZ),
        end: h.at(28, '16:00', TZ),
        attendance: 'hybrid',
        eventUrl: 'https://www.grepom.org',
      },
      translations: {
        ar: {
          title: 'تكوين الملاحظين المتطوعين في إحصاء الطيور المائية بمرجة الزرقاء',
          summary: 'دورة تكوينية نظرية وميدانية حول تعريف الطيور المائية وتقنيات العد وإدخال البيانات.',
          body: `<p>تنظم مجموعة البحث من أجل حماية الطيور بالمغرب دورة تكوينية لفائدة الملاحظين المتطوعين استعداداً للإحصاء الشتوي للطيور المائية.</p>
<p>يتضمن البرنامج حصة نظرية حول التعرف على البط والخواضات والنوارس، تليها خرجة ميدانية على ضفاف بحيرة مرجة الزرقاء، ثم ورشة حول إدخال المعطيات في المنصات الرقمية.</p>
<p>عدد المقاعد محدود؛ يُنصح بإحضار منظار ودليل ميداني للطيور.</p>`,
          fields: { location: 'مولاي بوسلهام، إقليم القنيطرة', organiser: 'مجموعة البحث من أجل حماية الطيور بالمغرب (GREPOM)' },
        },
        fr: {
          title: "Formation des observateurs bénévoles au dénombrement des oiseaux d'eau à Merja Zerga",
          summary: "Une formation théorique et de terrain à l'identification des oiseaux d'eau, aux techniques de comptage et à la saisie des données.",
          body: `<p>Le GREPOM organise une formation destinée aux observateurs bénévoles en vue du dénombrement hivernal des oiseaux d'eau.</p>
<p>Au programme : une séance théorique sur l'identification des canards, limicoles et laridés, une sortie de terrain sur les rives de la lagune de Merja Zerga, puis un atelier de saisie des données sur les plateformes numériques.</p>
<p>Places limitées ; prévoir des jumelles et un guide d'identification.</p>`,
          fields: { location: 'Moulay Bousselham, province de Kénitra', organiser: 'GREPOM/BirdLife Maroc' },
        },
        en: {
          title: 'Training for volunteer waterbird counters at Merja Zerga',
          summary: 'Classroom and field training in waterbird identification, counting techniques and data entry.',
          body: `<p>GREPOM is running a training course for volunteer observers ahead of the winter waterbird census.</p>
<p>The programme includes a classroom session on identifying ducks, waders and gulls, a field trip to the shores of Merja Zerga lagoon and a workshop on entering data in online platforms.</p>
<p>Places are limited; please bring binoculars and a field guide.</p>`,
          fields: { location: 'Moulay Bousselham, Kenitra Province', organiser: 'GREPOM/BirdLife Morocco' },
        },
      },
    },
    {
      key: 'event-ifrane-cedar-open-day',
      type: 'event',
      publishedDaysAgo: 20,
      point: { lat: 33.5228, lng: -5.1105 },
      tags: ['GBF-TARGET-01', 'GBF-TARGET-03'],
      fields: {
        start: h.at(45, '09:30', TZ),
        end: h.at(45, '16:30', TZ),
        attendance: 'in-person',
      },
      translations: {
        ar: {
          title: 'يوم مفتوح بالمنتزه الوطني لإفران: اكتشاف غابة الأرز',
          summary: 'جولات مؤطرة ومعارض وأنشطة للأطفال للتعريف بغابة الأرز الأطلسي وقرد المكاك البربري.',
          body: `<p>تدعو إدارة المنتزه الوطني لإفران العائلات والمدارس إلى يوم مفتوح للتعرف على <strong>غابة الأرز الأطلسي</strong> وساكنتها من الحيوانات، وفي مقدمتها قرد المكاك البربري.</p>
<ul><li>مسارات مشي مؤطرة من طرف تقنيي الغابات؛</li><li>ورشة حول السلوك المسؤول تجاه القردة، وأهمية عدم إطعامها؛</li><li>معرض صور وأنشطة فنية للأطفال.</li></ul>
<p>الدخول مجاني، ويُنصح بارتداء ملابس دافئة وأحذية مناسبة للمشي.</p>`,
          fields: { location: 'المنتزه الوطني لإفران، إقليم إفران', organiser: 'الوكالة الوطنية للمياه والغابات' },
        },
        fr: {
          title: "Journée portes ouvertes au parc national d'Ifrane : à la découverte de la cédraie",
          summary: "Balades guidées, expositions et animations pour enfants autour de la forêt de cèdre de l'Atlas et du macaque de Barbarie.",
          body: `<p>Le parc national d'Ifrane invite les familles et les écoles à une journée portes ouvertes pour découvrir la <strong>cédraie</strong> et sa faune, à commencer par le macaque de Barbarie.</p>
<ul><li>randonnées encadrées par les techniciens forestiers ;</li><li>atelier sur le comportement responsable envers les singes et l'importance de ne pas les nourrir ;</li><li>exposition photographique et activités artistiques pour les enfants.</li></ul>
<p>Entrée libre ; prévoir des vêtements chauds et des chaussures de marche.</p>`,
          fields: { location: "Parc national d'Ifrane, province d'Ifrane", organiser: 'Agence Nationale des Eaux et Forêts' },
        },
        en: {
          title: 'Open day at Ifrane National Park: discover the cedar forest',
          summary: 'Guided walks, exhibitions and activities for children about the Atlas cedar forest and the Barbary macaque.',
          body: `<p>Ifrane National Park invites families and schools to an open day to discover the <strong>Atlas cedar forest</strong> and its wildlife, above all the Barbary macaque.</p>
<ul><li>walks guided by forestry technicians;</li><li>a workshop on responsible behaviour around macaques and why they must not be fed;</li><li>a photo exhibition and art activities for children.</li></ul>
<p>Free entry; bring warm clothing and walking shoes.</p>`,
          fields: { location: 'Ifrane National Park, Ifrane Province', organiser: 'National Agency for Water and Forests' },
        },
      },
    },
    {
      key: 'event-argan-abs-forum-agadir',
      type: 'event',
      publishedDaysAgo: 55,
      point: { lat: 30.4202, lng: -9.5982 },
      tags: ['GBF-TARGET-13', 'GBF-TARGET-22'],
      fields: {
        start: h.at(-20, '09:00', TZ),
        end: h.at(-19, '13:00', TZ),
        attendance: 'hybrid',
      },
      translations: {
        ar: {
          title: 'المنتدى الجهوي حول الأركان والولوج إلى الموارد الجينية وتقاسم المنافع',
          summary: 'جمع المنتدى بأكادير تعاونيات ومقاولات وباحثين لمناقشة تطبيق بروتوكول ناغويا على سلسلة قيمة الأركان.',
          body: `<p>احتضنت مدينة أكادير المنتدى الجهوي حول <strong>الأركان والولوج إلى الموارد الجينية وتقاسم المنافع</strong>، بمشاركة تعاونيات نسائية ومقاولات في مجال مستحضرات التجميل وباحثين جامعيين.</p>
<p>ناقش المشاركون سبل تطبيق مقتضيات بروتوكول ناغويا، وحماية المعارف التقليدية المرتبطة بالأركان، وإعداد نماذج لعقود تقاسم المنافع.</p>
<p>ستُنشر خلاصات المنتدى وتوصياته في قسم الوثائق.</p>`,
          fields: { location: 'أكادير، جهة سوس ماسة', organiser: 'قطاع التنمية المستدامة بشراكة مع جامعة ابن زهر' },
        },
        fr: {
          title: "Forum régional sur l'arganier, l'accès aux ressources génétiques et le partage des avantages",
          summary: "Le forum d'Agadir a réuni coopératives, entreprises et chercheurs autour de l'application du Protocole de Nagoya à la filière arganier.",
          body: `<p>Agadir a accueilli le forum régional sur <strong>l'arganier, l'accès aux ressources génétiques et le partage des avantages (APA)</strong>, avec des coopératives féminines, des entreprises cosmétiques et des chercheurs universitaires.</p>
<p>Les échanges ont porté sur la mise en œuvre du Protocole de Nagoya, la protection des savoirs traditionnels liés à l'arganier et l'élaboration de modèles de contrats de partage des avantages.</p>
<p>Les conclusions et recommandations du forum seront publiées dans la rubrique Documents.</p>`,
          fields: { location: 'Agadir, région Souss-Massa', organiser: 'Département du Développement Durable, en partenariat avec l’Université Ibn Zohr' },
        },
        en: {
          title: 'Regional forum on argan, access to genetic resources and benefit-sharing',
          summary: 'The Agadir forum brought together cooperatives, companies and researchers to discuss applying the Nagoya Protocol to the argan value chain.',
          body: `<p>Agadir hosted the regional forum on <strong>argan, access to genetic resources and benefit-sharing (ABS)</strong>, with women's cooperatives, cosmetics companies and university researchers.</p>
<p>Discussions covered implementing the Nagoya Protocol, protecting traditional knowledge associated with argan and drafting model benefit-sharing agreements.</p>
<p>The forum's conclusions and recommendations will be published in the Documents section.</p>`,
          fields: { location: 'Agadir, Souss-Massa region', organiser: 'Sustainable Development Department with Ibn Zohr University' },
        },
      },
    },
    {
      key: 'event-al-hoceima-coastal-cleanup',
      type: 'event',
      publishedDaysAgo: 90,
      point: { lat: 35.2172, lng: -3.9325 },
      tags: ['GBF-TARGET-07', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: {
        start: h.at(-64, '08:00', TZ),
        end: h.at(-64, '13:00', TZ),
        attendance: 'in-person',
      },
      translations: {
        ar: {
          title: 'يوم لتنظيف الشاطئ والتحسيس بالتنوع البيولوجي البحري بالحسيمة',
          summary: 'شارك متطوعون وتلاميذ وصيادون في جمع النفايات البلاستيكية من الشواطئ المجاورة للمنتزه الوطني للحسيمة.',
          body: `<p>نُظّم يوم تطوعي لتنظيف الشواطئ المحاذية للمنتزه الوطني للحسيمة، شارك فيه متطوعون من جمعيات محلية وتلاميذ المؤسسات التعليمية وصيادون تقليديون.</p>
<p>جُمعت النفايات وصُنّفت حسب نوعها، وشكّل البلاستيك أحادي الاستعمال ومعدات الصيد المهملة الحصة الأكبر منها. كما قدم باحثون عروضاً حول أثر التلوث البلاستيكي على السلاحف البحرية والطيور والثدييات البحرية.</p>`,
          fields: { location: 'الحسيمة، جهة طنجة-تطوان-الحسيمة', organiser: 'جمعيات بيئية محلية بدعم من إدارة المنتزه الوطني للحسيمة' },
        },
        fr: {
          title: "Journée de nettoyage du littoral et de sensibilisation à la biodiversité marine à Al Hoceima",
          summary: "Bénévoles, élèves et pêcheurs ont ramassé les déchets plastiques sur les plages voisines du parc national d'Al Hoceima.",
          body: `<p>Une journée bénévole de nettoyage a été organisée sur les plages bordant le parc national d'Al Hoceima, avec des membres d'associations locales, des élèves et des pêcheurs artisans.</p>
<p>Les déchets ont été collectés et triés : les plastiques à usage unique et les engins de pêche abandonnés en constituaient la plus grande part. Des chercheurs ont présenté l'impact de la pollution plastique sur les tortues marines, les oiseaux et les mammifères marins.</p>`,
          fields: { location: 'Al Hoceima, région Tanger-Tétouan-Al Hoceima', organiser: "Associations environnementales locales, avec l'appui du parc national d'Al Hoceima" },
        },
        en: {
          title: 'Beach clean-up and marine biodiversity awareness day in Al Hoceima',
          summary: 'Volunteers, pupils and fishers collected plastic waste from beaches next to Al Hoceima National Park.',
          body: `<p>A volunteer clean-up day was held on the beaches bordering Al Hoceima National Park, with members of local associations, school pupils and small-scale fishers.</p>
<p>Waste was collected and sorted: single-use plastics and abandoned fishing gear made up the largest share. Researchers gave talks on the impact of plastic pollution on sea turtles, seabirds and marine mammals.</p>`,
          fields: { location: 'Al Hoceima, Tanger-Tetouan-Al Hoceima region', organiser: 'Local environmental associations with support from Al Hoceima National Park' },
        },
      },
    },
    {
      key: 'event-gbif-data-publishing-training',
      type: 'event',
      publishedDaysAgo: 140,
      point: { lat: 34.0027, lng: -6.8476 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: {
        start: h.at(-110, '09:00', TZ),
        end: h.at(-108, '16:00', TZ),
        attendance: 'in-person',
        eventUrl: 'https://www.gbif.org',
      },
      translations: {
        ar: {
          title: 'ورشة تكوينية حول نشر بيانات التنوع البيولوجي على منصة GBIF',
          summary: 'ثلاثة أيام من التكوين التطبيقي لفائدة الباحثين ومدبري المجموعات العلمية حول رقمنة البيانات ونشرها وفق معيار Darwin Core.',
          body: `<p>احتضن المعهد العلمي بالرباط ورشة تكوينية حول <strong>نشر بيانات التنوع البيولوجي</strong> على المرفق العالمي لمعلومات التنوع البيولوجي (GBIF)، استفاد منها باحثون ومسؤولون عن المجموعات الطبيعية والمعشبات.</p>
<p>تعلم المشاركون تنظيف بيانات الرصد وتوحيدها وفق معيار Darwin Core، ونشرها عبر أداة IPT، وتوثيقها بواصفات بيانات كاملة.</p>
<p>تساهم هذه البيانات في تتبع الهدف الوطني المتعلق بالمعرفة وتبادل المعلومات.</p>`,
          fields: { location: 'المعهد العلمي، جامعة محمد الخامس بالرباط', organiser: 'المعهد العلمي بالرباط' },
        },
        fr: {
          title: 'Atelier de formation à la publication de données de biodiversité sur le GBIF',
          summary: 'Trois jours de formation pratique pour chercheurs et gestionnaires de collections sur la numérisation et la publication de données au standard Darwin Core.',
          body: `<p>L'Institut Scientifique de Rabat a accueilli un atelier de formation à la <strong>publication de données de biodiversité</strong> sur le Système mondial d'information sur la biodiversité (GBIF), destiné aux chercheurs et aux responsables de collections et d'herbiers.</p>
<p>Les participants ont appris à nettoyer et structurer les données d'observation selon le standard Darwin Core, à les publier avec l'outil IPT et à les documenter par des métadonnées complètes.</p>
<p>Ces données contribuent au suivi de la cible nationale relative aux connaissances et au partage de l'information.</p>`,
          fields: { location: 'Institut Scientifique, Université Mohammed V de Rabat', organiser: 'Institut Scientifique de Rabat' },
        },
        en: {
          title: 'Training workshop on publishing biodiversity data to GBIF',
          summary: 'Three days of hands-on training for researchers and collection managers on digitising and publishing data in the Darwin Core standard.',
          body: `<p>The Scientific Institute in Rabat hosted a training workshop on <strong>publishing biodiversity data</strong> to the Global Biodiversity Information Facility (GBIF) for researchers and curators of natural history collections and herbaria.</p>
<p>Participants learned to clean and structure occurrence data using the Darwin Core standard, publish it with the IPT tool and document it with complete metadata.</p>
<p>These data help track the national target on knowledge and information sharing.</p>`,
          fields: { location: 'Scientific Institute, Mohammed V University in Rabat', organiser: 'Scientific Institute of Rabat' },
        },
      },
    },
  ];
}

/* ------------------------------------------------------------- documents */

function documents(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'doc-spanb-draft-2030',
      type: 'document',
      publishedDaysAgo: 3,
      tags: ['GBF-TARGET-03', 'GBF-TARGET-14', 'GBF-GOAL-A', 'ma'],
      fields: {
        documentType: 'strategy',
        publicationDate: h.date(-3),
        authors: ['Département du Développement Durable', 'Comité national de la biodiversité'],
      },
      translations: {
        ar: {
          title: 'مشروع الاستراتيجية وخطة العمل الوطنيتين للتنوع البيولوجي في أفق 2030',
          summary: 'الصيغة المعروضة للتشاور من الاستراتيجية المحيَّنة، بما فيها الأهداف الوطنية وخطة العمل وإطار التتبع.',
          body: `<p>تحدد هذه الوثيقة رؤية المغرب للتنوع البيولوجي في أفق 2050 والأهداف الوطنية لسنة 2030، المنسجمة مع الأهداف الثلاثة والعشرين لإطار كونمينغ-مونتريال العالمي للتنوع البيولوجي.</p>
<p>تتضمن الوثيقة تشخيصاً لحالة التنوع البيولوجي الوطني، وخطة عمل مفصلة حسب المحاور، واستراتيجية لتعبئة الموارد، وإطاراً للتتبع والتقييم يعتمد على مؤشرات قابلة للقياس.</p>`,
          fields: {
            publisher: 'وزارة الانتقال الطاقي والتنمية المستدامة – قطاع التنمية المستدامة',
            files: [
              { url: 'https://files.example.org/ma/spanb-2030-projet-ar.pdf', title: 'مشروع الاستراتيجية (PDF، بالعربية)' },
              { url: 'https://files.example.org/ma/spanb-2030-projet-fr.pdf', title: 'مشروع الاستراتيجية (PDF، بالفرنسية)' },
            ],
          },
        },
        fr: {
          title: "Projet de Stratégie et Plan d'Action Nationaux pour la Biodiversité à l'horizon 2030",
          summary: 'La version soumise à consultation de la SPANB actualisée : cibles nationales, plan d’action et cadre de suivi.',
          body: `<p>Ce document définit la vision du Maroc pour la biodiversité à l'horizon 2050 et les cibles nationales pour 2030, alignées sur les 23 cibles du Cadre mondial de la biodiversité de Kunming-Montréal.</p>
<p>Il comprend un diagnostic de l'état de la biodiversité nationale, un plan d'action détaillé par axe, une stratégie de mobilisation des ressources et un dispositif de suivi-évaluation fondé sur des indicateurs mesurables.</p>`,
          fields: {
            publisher: 'Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable',
            files: [
              { url: 'https://files.example.org/ma/spanb-2030-projet-fr.pdf', title: 'Projet de SPANB (PDF, français)' },
              { url: 'https://files.example.org/ma/spanb-2030-projet-ar.pdf', title: 'Projet de SPANB (PDF, arabe)' },
            ],
          },
        },
        en: {
          title: 'Draft National Biodiversity Strategy and Action Plan to 2030',
          summary: 'The consultation draft of the updated NBSAP: national targets, action plan and monitoring framework.',
          body: `<p>This document sets out Morocco's vision for biodiversity to 2050 and its national targets for 2030, aligned with the 23 targets of the Kunming-Montreal Global Biodiversity Framework.</p>
<p>It includes an assessment of the state of national biodiversity, a detailed action plan by theme, a resource mobilisation strategy and a monitoring and evaluation framework based on measurable indicators.</p>`,
          fields: {
            publisher: 'Ministry of Energy Transition and Sustainable Development – Sustainable Development Department',
            files: [
              { url: 'https://files.example.org/ma/spanb-2030-projet-fr.pdf', title: 'Draft NBSAP (PDF, French)' },
              { url: 'https://files.example.org/ma/spanb-2030-projet-ar.pdf', title: 'Draft NBSAP (PDF, Arabic)' },
            ],
          },
        },
      },
    },
    {
      key: 'doc-law-22-07-protected-areas',
      type: 'document',
      publishedDaysAgo: 390,
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11'],
      fields: { documentType: 'law', publicationDate: '2010-07-16' },
      translations: {
        ar: {
          title: 'القانون رقم 22.07 المتعلق بالمناطق المحمية',
          summary: 'الإطار القانوني لإحداث المناطق المحمية وتصنيفها وتدبيرها بالمغرب، من المنتزهات الوطنية إلى المواقع ذات الأهمية البيولوجية والإيكولوجية.',
          body: `<p>يحدد <strong>القانون رقم 22.07</strong> المتعلق بالمناطق المحمية، الصادر بتنفيذه الظهير الشريف رقم 1.10.123، أصناف المناطق المحمية بالمغرب: المنتزه الوطني، والمنتزه الطبيعي، والمحمية البيولوجية، والمحمية الطبيعية، والموقع الطبيعي.</p>
<p>ويؤطر القانون مسطرة الإحداث والبحث العمومي، ومخططات التهيئة والتدبير، والأنشطة الممنوعة أو الخاضعة للترخيص داخل المناطق المحمية، إضافة إلى العقوبات المطبقة على المخالفات.</p>`,
          fields: {
            publisher: 'الأمانة العامة للحكومة – الجريدة الرسمية',
            files: [{ url: 'https://files.example.org/ma/loi-22-07-aires-protegees-ar.pdf', title: 'نص القانون (PDF)' }],
          },
        },
        fr: {
          title: 'Loi n° 22-07 relative aux aires protégées',
          summary: "Le cadre juridique de la création, du classement et de la gestion des aires protégées au Maroc, des parcs nationaux aux sites d'intérêt biologique et écologique.",
          body: `<p>La <strong>loi n° 22-07 relative aux aires protégées</strong>, promulguée par le dahir n° 1-10-123, définit les catégories d'aires protégées au Maroc : parc national, parc naturel, réserve biologique, réserve naturelle et site naturel.</p>
<p>Elle encadre la procédure de création et d'enquête publique, les plans d'aménagement et de gestion, les activités interdites ou soumises à autorisation, ainsi que les sanctions applicables aux infractions.</p>`,
          fields: {
            publisher: 'Secrétariat Général du Gouvernement – Bulletin officiel',
            files: [{ url: 'https://files.example.org/ma/loi-22-07-aires-protegees-fr.pdf', title: 'Texte de la loi (PDF)' }],
          },
        },
        en: {
          title: 'Law No. 22-07 on protected areas',
          summary: 'The legal framework for establishing, classifying and managing protected areas in Morocco, from national parks to sites of biological and ecological interest.',
          body: `<p><strong>Law No. 22-07 on protected areas</strong>, promulgated by Dahir No. 1-10-123, defines Morocco's protected area categories: national park, natural park, biological reserve, nature reserve and natural site.</p>
<p>It sets the procedure for designation and public inquiry, management plans, activities that are prohibited or require a permit, and penalties for offences.</p>`,
          fields: {
            publisher: 'General Secretariat of the Government – Official Bulletin',
            files: [{ url: 'https://files.example.org/ma/loi-22-07-aires-protegees-fr.pdf', title: 'Text of the law (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-law-29-05-wild-species-trade',
      type: 'document',
      publishedDaysAgo: 385,
      tags: ['GBF-TARGET-05', 'GBF-TARGET-04'],
      fields: { documentType: 'law', publicationDate: '2011-07-02' },
      translations: {
        ar: {
          title: 'القانون رقم 29.05 المتعلق بحماية أنواع النباتات والحيوانات المتوحشة ومراقبة الاتجار فيها',
          summary: 'النص الوطني لتطبيق اتفاقية التجارة الدولية في أنواع الحيوانات والنباتات البرية المهددة بالانقراض (سايتس).',
          body: `<p>يهدف <strong>القانون رقم 29.05</strong> إلى حماية أنواع النباتات والحيوانات المتوحشة المهددة، ومراقبة الاتجار فيها، تطبيقاً لاتفاقية سايتس التي صادق عليها المغرب.</p>
<p>ويحدد القانون لوائح الأنواع المحمية، ونظام رخص الاستيراد والتصدير، وشروط الحيازة والنقل والعرض، والعقوبات في حالة المخالفة. ويعني ذلك مثلاً أن بيع قردة المكاك البربري أو السلاحف البرية أو التقاط الصور التجارية معها ممنوع قانوناً.</p>`,
          fields: {
            publisher: 'الأمانة العامة للحكومة – الجريدة الرسمية',
            files: [{ url: 'https://files.example.org/ma/loi-29-05-especes-ar.pdf', title: 'نص القانون (PDF)' }],
          },
        },
        fr: {
          title: 'Loi n° 29-05 relative à la protection des espèces de flore et de faune sauvages et au contrôle de leur commerce',
          summary: "Le texte national de mise en œuvre de la Convention sur le commerce international des espèces de faune et de flore sauvages menacées d'extinction (CITES).",
          body: `<p>La <strong>loi n° 29-05</strong> vise à protéger les espèces de flore et de faune sauvages menacées et à contrôler leur commerce, en application de la CITES ratifiée par le Maroc.</p>
<p>Elle fixe les listes d'espèces protégées, le régime des permis d'importation et d'exportation, les conditions de détention, de transport et d'exposition, ainsi que les sanctions. Ainsi, la vente de macaques de Barbarie ou de tortues terrestres, tout comme leur utilisation pour des photographies payantes, est interdite.</p>`,
          fields: {
            publisher: 'Secrétariat Général du Gouvernement – Bulletin officiel',
            files: [{ url: 'https://files.example.org/ma/loi-29-05-especes-fr.pdf', title: 'Texte de la loi (PDF)' }],
          },
        },
        en: {
          title: 'Law No. 29-05 on the protection of wild flora and fauna species and the control of their trade',
          summary: 'The national law implementing the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES).',
          body: `<p><strong>Law No. 29-05</strong> protects threatened species of wild flora and fauna and controls trade in them, implementing CITES, to which Morocco is a Party.</p>
<p>It sets lists of protected species, the import and export permit system, conditions for keeping, transporting and displaying specimens, and penalties. Selling Barbary macaques or tortoises, or using them for paid photographs, is therefore illegal.</p>`,
          fields: {
            publisher: 'General Secretariat of the Government – Official Bulletin',
            files: [{ url: 'https://files.example.org/ma/loi-29-05-especes-fr.pdf', title: 'Text of the law (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-waterbird-census-report',
      type: 'document',
      publishedDaysAgo: 40,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-11'],
      fields: {
        documentType: 'report',
        publicationDate: h.date(-42),
        authors: ['GREPOM/BirdLife Maroc', 'Agence Nationale des Eaux et Forêts'],
      },
      translations: {
        ar: {
          title: 'تقرير الإحصاء الشتوي للطيور المائية بالمغرب',
          summary: 'النتائج المفصلة للإحصاء الشتوي حسب المواقع والأنواع، مع تحليل للاتجاهات على مدى عشر سنوات.',
          body: `<p>يعرض هذا التقرير نتائج الإحصاء الشتوي للطيور المائية في حوالي ثلاثين منطقة رطبة، من بينها مرجة الزرقاء وبحيرة خنيفيس ومصب سوس وخليج الداخلة.</p>
<p>ويتضمن جداول مفصلة حسب الأنواع، وخرائط التوزيع، وتحليلاً لتطور الأعداد خلال العقد الأخير، وتوصيات لتدبير المواقع الأكثر أهمية.</p>`,
          fields: {
            publisher: 'مجموعة البحث من أجل حماية الطيور بالمغرب',
            files: [{ url: 'https://files.example.org/ma/denombrement-hivernal-oiseaux-eau.pdf', title: 'التقرير الكامل (PDF، بالفرنسية)' }],
          },
        },
        fr: {
          title: "Rapport du dénombrement hivernal des oiseaux d'eau au Maroc",
          summary: 'Les résultats détaillés du dénombrement par site et par espèce, avec une analyse des tendances sur dix ans.',
          body: `<p>Ce rapport présente les résultats du dénombrement hivernal des oiseaux d'eau sur une trentaine de zones humides, dont Merja Zerga, la lagune de Khnifiss, l'embouchure de l'oued Souss et la baie de Dakhla.</p>
<p>Il comprend des tableaux détaillés par espèce, des cartes de répartition, une analyse de l'évolution des effectifs au cours de la dernière décennie et des recommandations de gestion pour les sites les plus importants.</p>`,
          fields: {
            publisher: 'GREPOM/BirdLife Maroc',
            files: [{ url: 'https://files.example.org/ma/denombrement-hivernal-oiseaux-eau.pdf', title: 'Rapport complet (PDF)' }],
          },
        },
        en: {
          title: 'Report of the winter waterbird census in Morocco',
          summary: 'Detailed census results by site and species, with an analysis of ten-year trends.',
          body: `<p>This report presents the results of the winter waterbird census at some thirty wetlands, including Merja Zerga, Khenifiss lagoon, the Souss estuary and Dakhla Bay.</p>
<p>It contains detailed tables by species, distribution maps, an analysis of changes in numbers over the last decade and management recommendations for the most important sites.</p>`,
          fields: {
            publisher: 'GREPOM/BirdLife Morocco',
            files: [{ url: 'https://files.example.org/ma/denombrement-hivernal-oiseaux-eau.pdf', title: 'Full report (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-factsheet-arganeraie',
      type: 'document',
      publishedDaysAgo: 215,
      tags: ['GBF-TARGET-10', 'GBF-TARGET-13'],
      fields: {
        documentType: 'factsheet',
        publicationDate: h.date(-215),
        // The CHM is run by the ministry's Sustainable Development Department.
        authors: ['Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable'],
      },
      translations: {
        ar: {
          title: 'بطاقة تعريفية: محمية المحيط الحيوي للأركان',
          summary: 'أهم المعطيات حول محمية المحيط الحيوي للأركان: المساحة، والمناطق، والتهديدات، وتدابير التدبير.',
          body: `<p>تقدم هذه البطاقة في صفحتين المعطيات الأساسية حول <strong>محمية المحيط الحيوي للأركان</strong> التي صنفتها اليونسكو سنة 1998 وتمتد على أكثر من 2,5 مليون هكتار بين الأطلس الكبير والأطلس الصغير وسهل سوس.</p>
<ul><li>المناطق المركزية والعازلة والانتقالية؛</li><li>الأنواع المميزة والخدمات البيئية؛</li><li>التهديدات: الجفاف، والرعي الجائر، والتوسع الفلاحي؛</li><li>دور التعاونيات النسائية.</li></ul>`,
          fields: {
            publisher: 'آلية تبادل المعلومات حول التنوع البيولوجي بالمغرب',
            files: [{ url: 'https://files.example.org/ma/fiche-rb-arganeraie-ar.pdf', title: 'البطاقة (PDF)' }],
          },
        },
        fr: {
          title: "Fiche d'information : la réserve de biosphère de l'Arganeraie",
          summary: "L'essentiel sur la réserve de biosphère de l'Arganeraie : superficie, zonage, menaces et mesures de gestion.",
          body: `<p>Cette fiche de deux pages résume les informations clés sur la <strong>réserve de biosphère de l'Arganeraie</strong>, désignée par l'UNESCO en 1998, qui couvre plus de 2,5 millions d'hectares entre le Haut Atlas, l'Anti-Atlas et la plaine du Souss.</p>
<ul><li>aires centrales, zones tampons et zones de transition ;</li><li>espèces caractéristiques et services écosystémiques ;</li><li>menaces : sécheresse, surpâturage, extension agricole ;</li><li>rôle des coopératives féminines.</li></ul>`,
          fields: {
            publisher: "Centre d'échange d'informations sur la biodiversité du Maroc",
            files: [{ url: 'https://files.example.org/ma/fiche-rb-arganeraie-fr.pdf', title: 'Fiche (PDF)' }],
          },
        },
        en: {
          title: 'Factsheet: the Arganeraie Biosphere Reserve',
          summary: 'Key facts about the Arganeraie Biosphere Reserve: area, zoning, threats and management measures.',
          body: `<p>This two-page factsheet summarises the essentials of the <strong>Arganeraie Biosphere Reserve</strong>, designated by UNESCO in 1998 and covering more than 2.5 million hectares between the High Atlas, the Anti-Atlas and the Souss plain.</p>
<ul><li>core, buffer and transition zones;</li><li>characteristic species and ecosystem services;</li><li>threats: drought, overgrazing, agricultural expansion;</li><li>the role of women's cooperatives.</li></ul>`,
          fields: {
            publisher: 'Morocco Biodiversity Clearing-House Mechanism',
            files: [{ url: 'https://files.example.org/ma/fiche-rb-arganeraie-en.pdf', title: 'Factsheet (PDF)' }],
          },
        },
      },
    },
  ];
}

/* ------------------------------------------------------ national targets */

function nationalTargets(): SeedItem[] {
  return [
    {
      key: 'target-ma-02-restoration',
      type: 'national-target',
      publishedDaysAgo: 30,
      sortOrder: 1,
      tags: ['GBF-TARGET-02', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: { code: 'MA-T02', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        ar: {
          title: 'إعادة تأهيل النظم البيئية الغابوية والسهبية المتدهورة',
          summary: 'في أفق 2030، الشروع في إعادة التأهيل الفعلي لجزء مهم من غابات الأرز والأركان والسهوب المتدهورة.',
          body: `<p>يرمي هذا الهدف الوطني إلى إطلاق عمليات فعلية لإعادة تأهيل النظم البيئية المتدهورة، مع إعطاء الأولوية لغابات الأرز الأطلسي بالأطلس المتوسط، وغابات الأركان، وسهوب الحلفاء بالمنطقة الشرقية.</p>
<p>ويعتمد التنفيذ على استراتيجية «غابات المغرب 2020-2030» وعلى إشراك الساكنة المحلية عبر تعويضات إغلاق المراعي والتعاونيات.</p>`,
          fields: {
            indicators: ['المساحة المعاد تأهيلها (هكتار)', 'نسبة نجاح المغروسات بعد ثلاث سنوات', 'عدد التعاونيات المنخرطة في حماية المغروسات'],
          },
        },
        fr: {
          title: 'Restaurer les écosystèmes forestiers et steppiques dégradés',
          summary: "D'ici 2030, engager la restauration effective d'une part importante des cédraies, de l'arganeraie et des steppes dégradées.",
          body: `<p>Cette cible nationale vise à lancer une restauration effective des écosystèmes dégradés, en priorité les cédraies du Moyen Atlas, l'arganeraie et les steppes à alfa de l'Oriental.</p>
<p>Sa mise en œuvre s'appuie sur la stratégie « Forêts du Maroc 2020-2030 » et sur l'implication des populations locales par les compensations de mise en défens et les coopératives.</p>`,
          fields: {
            indicators: ['Superficie restaurée (ha)', 'Taux de réussite des plantations après trois ans', 'Nombre de coopératives impliquées dans la protection des plantations'],
          },
        },
        en: {
          title: 'Restore degraded forest and steppe ecosystems',
          summary: 'By 2030, effective restoration is under way on a significant share of degraded cedar forests, argan woodlands and steppes.',
          body: `<p>This national target aims to launch effective restoration of degraded ecosystems, with priority given to the Middle Atlas cedar forests, the argan woodlands and the alfa-grass steppes of the Oriental region.</p>
<p>Implementation builds on the 'Forests of Morocco 2020-2030' strategy and on involving local people through grazing-closure compensation and cooperatives.</p>`,
          fields: {
            indicators: ['Area under restoration (ha)', 'Seedling survival rate after three years', 'Number of cooperatives involved in protecting plantations'],
          },
        },
      },
    },
    {
      key: 'target-ma-03-protected-areas',
      type: 'national-target',
      publishedDaysAgo: 30,
      sortOrder: 2,
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11'],
      fields: { code: 'MA-T03', targetYear: 2030, degreeOfAlignment: 'medium' },
      translations: {
        ar: {
          title: 'توسيع شبكة المناطق المحمية البرية والبحرية وتحسين فعالية تدبيرها',
          summary: 'في أفق 2030، توسيع شبكة المناطق المحمية لتشمل تمثيلية أفضل للنظم البيئية البحرية والساحلية والصحراوية، مع مخططات تدبير مفعّلة.',
          body: `<p>يسعى هذا الهدف إلى تعزيز شبكة المنتزهات الوطنية والمواقع ذات الأهمية البيولوجية والإيكولوجية، وإحداث مناطق بحرية محمية جديدة على الساحلين المتوسطي والأطلسي.</p>
<p>كما يشمل تقييم فعالية تدبير المناطق المحمية القائمة بشكل دوري، وربطها بممرات إيكولوجية، والاعتراف بالمناطق المحفوظة تقليدياً من طرف الساكنة المحلية مثل «أكدال».</p>`,
          fields: {
            indicators: ['نسبة المساحة البرية المحمية', 'نسبة المساحة البحرية المحمية', 'عدد المناطق المحمية التي تتوفر على مخطط تدبير مفعّل'],
          },
        },
        fr: {
          title: "Étendre le réseau d'aires protégées terrestres et marines et améliorer l'efficacité de leur gestion",
          summary: "D'ici 2030, étendre le réseau d'aires protégées pour mieux représenter les écosystèmes marins, côtiers et sahariens, avec des plans de gestion opérationnels.",
          body: `<p>Cette cible vise à renforcer le réseau des parcs nationaux et des sites d'intérêt biologique et écologique (SIBE) et à créer de nouvelles aires marines protégées sur les façades méditerranéenne et atlantique.</p>
<p>Elle prévoit aussi l'évaluation régulière de l'efficacité de gestion des aires existantes, leur connexion par des corridors écologiques et la reconnaissance des espaces conservés traditionnellement par les communautés, comme les « agdals ».</p>`,
          fields: {
            indicators: ['Part du territoire terrestre protégé', 'Part de l’espace marin protégé', 'Nombre d’aires protégées dotées d’un plan de gestion opérationnel'],
          },
        },
        en: {
          title: 'Expand the network of terrestrial and marine protected areas and improve management effectiveness',
          summary: 'By 2030, the protected area network better represents marine, coastal and Saharan ecosystems, with management plans in operation.',
          body: `<p>This target aims to strengthen the network of national parks and sites of biological and ecological interest (SIBE) and to create new marine protected areas on the Mediterranean and Atlantic coasts.</p>
<p>It also covers regular assessment of management effectiveness, connecting sites through ecological corridors and recognising areas conserved by communities under traditional systems such as the <em>agdal</em>.</p>`,
          fields: {
            indicators: ['Share of land area protected', 'Share of marine area protected', 'Number of protected areas with an operational management plan'],
          },
        },
      },
    },
    {
      key: 'target-ma-06-invasive-species',
      type: 'national-target',
      publishedDaysAgo: 30,
      sortOrder: 3,
      tags: ['GBF-TARGET-06', 'AICHI-TARGET-09'],
      fields: { code: 'MA-T06', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        ar: {
          title: 'الوقاية من الأنواع الغريبة الغازية ومكافحتها',
          summary: 'في أفق 2030، إرساء نظام وطني للإنذار المبكر وخفض انتشار الأنواع الغريبة الغازية ذات الأولوية في المناطق الرطبة والساحلية.',
          body: `<p>يهدف هذا الهدف إلى إعداد قائمة وطنية للأنواع الغريبة الغازية ذات الأولوية، وإحداث نظام للإنذار المبكر والاستجابة السريعة بشراكة مع المؤسسات العلمية والمصالح البيطرية والجمركية.</p>
<p>وتُعطى الأولوية للنباتات الغازية في الكثبان الساحلية والمناطق الرطبة، وللأنواع المائية الدخيلة في المجاري المائية والبحيرات.</p>`,
          fields: {
            indicators: ['عدد الأنواع الغريبة الغازية ذات الأولوية الخاضعة لخطة مكافحة', 'عدد حالات الرصد المبكر المُبلَّغ عنها', 'المساحة المستعادة بعد إزالة النباتات الغازية'],
          },
        },
        fr: {
          title: 'Prévenir et maîtriser les espèces exotiques envahissantes',
          summary: "D'ici 2030, disposer d'un système national d'alerte précoce et réduire la propagation des espèces exotiques envahissantes prioritaires dans les zones humides et littorales.",
          body: `<p>Cette cible prévoit l'établissement d'une liste nationale des espèces exotiques envahissantes prioritaires et d'un système d'alerte précoce et de réaction rapide, en partenariat avec les institutions scientifiques et les services vétérinaires et douaniers.</p>
<p>La priorité est donnée aux plantes envahissantes des dunes littorales et des zones humides, ainsi qu'aux espèces aquatiques introduites dans les cours d'eau et les lacs.</p>`,
          fields: {
            indicators: ['Nombre d’espèces envahissantes prioritaires faisant l’objet d’un plan de lutte', 'Nombre de détections précoces signalées', 'Superficie restaurée après élimination des plantes envahissantes'],
          },
        },
        en: {
          title: 'Prevent and control invasive alien species',
          summary: 'By 2030, a national early-warning system is in place and the spread of priority invasive alien species in wetlands and coastal areas is reduced.',
          body: `<p>This target provides for a national list of priority invasive alien species and an early detection and rapid response system, in partnership with scientific institutions and the veterinary and customs services.</p>
<p>Priority is given to invasive plants on coastal dunes and in wetlands, and to introduced aquatic species in rivers and lakes.</p>`,
          fields: {
            indicators: ['Number of priority invasive species covered by a control plan', 'Number of early detections reported', 'Area restored after removal of invasive plants'],
          },
        },
      },
    },
    {
      key: 'target-ma-21-knowledge',
      type: 'national-target',
      publishedDaysAgo: 30,
      sortOrder: 4,
      tags: ['GBF-TARGET-21', 'AICHI-TARGET-19'],
      fields: { code: 'MA-T21', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        ar: {
          title: 'تعزيز المعارف حول التنوع البيولوجي وإتاحتها للجميع',
          summary: 'في أفق 2030، إتاحة أفضل البيانات والمعارف المتوفرة حول التنوع البيولوجي الوطني لصناع القرار والعموم عبر آلية تبادل المعلومات.',
          body: `<p>يرمي هذا الهدف إلى تنظيم تدفق البيانات بين المؤسسات العلمية والإدارات، ونشر بيانات الرصد عبر المنصات الدولية المفتوحة، وتحيين القائمة الحمراء الوطنية للأنواع المهددة.</p>
<p>وتضطلع آلية تبادل المعلومات بدور محوري في هذا المجال، إلى جانب إدماج المعارف التقليدية للساكنة المحلية بموافقتها المسبقة والمستنيرة.</p>`,
          fields: {
            indicators: ['عدد سجلات رصد الأنواع المنشورة في المنصات المفتوحة', 'عدد المؤسسات التي تنشر بياناتها عبر آلية تبادل المعلومات', 'نسبة الأنواع المقيّمة في القائمة الحمراء الوطنية'],
          },
        },
        fr: {
          title: "Renforcer les connaissances sur la biodiversité et les rendre accessibles à tous",
          summary: "D'ici 2030, les meilleures données et connaissances disponibles sur la biodiversité nationale sont accessibles aux décideurs et au public grâce au CHM.",
          body: `<p>Cette cible vise à organiser les flux de données entre institutions scientifiques et administrations, à publier les données d'observation sur les plateformes internationales ouvertes et à actualiser la liste rouge nationale des espèces menacées.</p>
<p>Le CHM y joue un rôle central, de même que l'intégration des savoirs traditionnels des communautés locales, avec leur consentement préalable donné en connaissance de cause.</p>`,
          fields: {
            indicators: ["Nombre d'occurrences d'espèces publiées sur des plateformes ouvertes", 'Nombre d’institutions publiant leurs données via le CHM', 'Part des espèces évaluées dans la liste rouge nationale'],
          },
        },
        en: {
          title: 'Strengthen biodiversity knowledge and make it available to all',
          summary: 'By 2030, the best available data and knowledge on national biodiversity are accessible to decision-makers and the public through the CHM.',
          body: `<p>This target aims to organise data flows between scientific institutions and government bodies, publish occurrence data on open international platforms and update the national red list of threatened species.</p>
<p>The CHM plays a central role, as does integrating the traditional knowledge of local communities with their free, prior and informed consent.</p>`,
          fields: {
            indicators: ['Number of species occurrence records published on open platforms', 'Number of institutions publishing data through the CHM', 'Share of species assessed for the national red list'],
          },
        },
      },
    },
  ];
}

/* -------------------------------------------------------------- projects */

function projects(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'project-bald-ibis-souss-massa',
      type: 'project',
      publishedDaysAgo: 260,
      point: { lat: 30.088, lng: -9.65 },
      tags: ['GBF-TARGET-04', 'GBF-TARGET-03'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-900),
        endDate: h.date(560),
        budget: { amount: 4500000, currency: 'MAD' },
        partners: ['Agence Nationale des Eaux et Forêts', 'GREPOM/BirdLife Maroc', 'BirdLife International', 'Parc national de Souss-Massa'],
        geographicScope: 'subnational',
        website: 'https://www.grepom.org',
      },
      translations: {
        ar: {
          title: 'برنامج صون أبي منجل الأصلع الشمالي بسوس ماسة وتامري',
          summary: 'حماية مستعمرات التعشيش ومناطق التغذية لأبي منجل الأصلع على الساحل الممتد بين أكادير وتامري.',
          body: `<p>يهدف هذا البرنامج إلى تأمين مستقبل الساكنة البرية الرئيسية لـ<strong>أبي منجل الأصلع الشمالي</strong> في العالم، والتي تعشش على الجروف الساحلية لمنتزه سوس ماسة الوطني ومنطقة تامري.</p>
<h2>أهم الأنشطة</h2>
<ul><li>حراسة مواقع التعشيش خلال موسم التكاثر؛</li><li>تتبع الطيور المحلقة بالحلقات الملونة؛</li><li>التفاوض مع الفاعلين العقاريين والسياحيين لحماية مناطق التغذية؛</li><li>تكوين مرشدين محليين في السياحة الإيكولوجية.</li></ul>
<p>يُموَّل البرنامج من الميزانية العامة وبدعم من شركاء دوليين.</p>`,
        },
        fr: {
          title: "Programme de conservation de l'ibis chauve à Souss-Massa et Tamri",
          summary: "Protéger les colonies de nidification et les zones d'alimentation de l'ibis chauve sur le littoral entre Agadir et Tamri.",
          body: `<p>Ce programme vise à assurer l'avenir de la principale population sauvage d'<strong>ibis chauve</strong> au monde, qui niche sur les falaises littorales du parc national de Souss-Massa et de Tamri.</p>
<h2>Principales activités</h2>
<ul><li>gardiennage des sites de nidification pendant la saison de reproduction ;</li><li>suivi des oiseaux bagués à l'aide de bagues colorées ;</li><li>concertation avec les promoteurs immobiliers et touristiques pour protéger les zones d'alimentation ;</li><li>formation de guides locaux à l'écotourisme.</li></ul>
<p>Le programme est financé par le budget de l'État avec l'appui de partenaires internationaux.</p>`,
        },
        en: {
          title: 'Northern bald ibis conservation programme in Souss-Massa and Tamri',
          summary: 'Protecting the nesting colonies and feeding grounds of the Northern bald ibis on the coast between Agadir and Tamri.',
          body: `<p>This programme aims to secure the future of the world's main wild population of <strong>Northern bald ibis</strong>, which nests on the coastal cliffs of Souss-Massa National Park and at Tamri.</p>
<h2>Main activities</h2>
<ul><li>wardening nesting sites during the breeding season;</li><li>monitoring colour-ringed birds;</li><li>working with property and tourism developers to protect feeding areas;</li><li>training local ecotourism guides.</li></ul>
<p>The programme is funded from the national budget with support from international partners.</p>`,
        },
      },
    },
    {
      key: 'project-middle-atlas-cedar-restoration',
      type: 'project',
      publishedDaysAgo: 180,
      point: { lat: 33.4348, lng: -5.2212 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-08', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-540),
        endDate: h.date(1280),
        budget: { amount: 2800000, currency: 'USD' },
        partners: ['Agence Nationale des Eaux et Forêts', 'Communes rurales du Moyen Atlas', 'Coopératives pastorales', 'École Nationale Forestière d’Ingénieurs (Salé)'],
        geographicScope: 'subnational',
        website: 'https://www.eauxetforets.gov.ma',
      },
      translations: {
        ar: {
          title: 'إعادة تأهيل غابات الأرز الأطلسي بالأطلس المتوسط',
          summary: 'مشروع لإعادة تأهيل غابات الأرز المتدهورة بأقاليم إفران وخنيفرة وميدلت وتعزيز قدرتها على التكيف مع تغير المناخ.',
          body: `<p>تعاني غابات <strong>الأرز الأطلسي</strong> بالأطلس المتوسط من آثار الجفاف المتكرر والرعي الجائر وقطع الأشجار غير القانوني، مما أدى إلى موت أعداد مهمة من الأشجار خلال العقود الأخيرة.</p>
<p>يعمل المشروع على إعادة التشجير بشتلات ذات أصل محلي، وإغلاق المراعي مقابل تعويضات للتعاونيات، وتتبع صحة الغابة بواسطة صور الأقمار الاصطناعية، إضافة إلى دراسة مصادر البذور الأكثر مقاومة للجفاف.</p>
<p>يساهم المشروع في الهدفين الوطنيين المتعلقين بإعادة التأهيل والتكيف مع تغير المناخ.</p>`,
        },
        fr: {
          title: "Restauration des cédraies du Moyen Atlas",
          summary: "Un projet de restauration des cédraies dégradées des provinces d'Ifrane, Khénifra et Midelt, et de renforcement de leur adaptation au changement climatique.",
          body: `<p>Les cédraies du Moyen Atlas souffrent de sécheresses répétées, du surpâturage et des coupes illicites, qui ont provoqué un important dépérissement au cours des dernières décennies.</p>
<p>Le projet combine reboisement avec des plants d'origine locale, mise en défens compensée des parcours au profit des coopératives, suivi de l'état sanitaire par imagerie satellitaire et étude des provenances de semences les plus résistantes à la sécheresse.</p>
<p>Il contribue aux cibles nationales relatives à la restauration et à l'adaptation au changement climatique.</p>`,
        },
        en: {
          title: 'Restoring the Atlas cedar forests of the Middle Atlas',
          summary: 'A project to restore degraded cedar forests in Ifrane, Khenifra and Midelt provinces and strengthen their resilience to climate change.',
          body: `<p>The Middle Atlas cedar forests suffer from repeated droughts, overgrazing and illegal logging, which have caused significant dieback in recent decades.</p>
<p>The project combines replanting with locally sourced seedlings, compensated grazing closures for cooperatives, satellite monitoring of forest health and trials of the most drought-tolerant seed sources.</p>
<p>It contributes to the national targets on restoration and climate adaptation.</p>`,
        },
      },
    },
    {
      key: 'project-al-hoceima-marine-mapping',
      type: 'project',
      publishedDaysAgo: 330,
      point: { lat: 35.2076, lng: -4.1672 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-21', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: {
        projectStatus: 'completed',
        startDate: h.date(-1200),
        endDate: h.date(-340),
        budget: { amount: 1200000, currency: 'MAD' },
        partners: ['Institut National de Recherche Halieutique', 'Parc national d’Al Hoceima', 'Université Abdelmalek Essaâdi'],
        geographicScope: 'local',
        website: 'https://www.inrh.ma',
      },
      translations: {
        ar: {
          title: 'رسم خرائط الموائل البحرية بالمنتزه الوطني للحسيمة',
          summary: 'مشروع منجز أتاح أول خريطة مفصلة للموائل البحرية في الجزء البحري للمنتزه الوطني للحسيمة.',
          body: `<p>أنجز المعهد الوطني للبحث في الصيد البحري وشركاؤه جرداً شاملاً للموائل البحرية بالمنتزه الوطني للحسيمة، باستعمال السونار متعدد الحزم والغوص العلمي وكاميرات تحت الماء.</p>
<p>كشفت النتائج عن وجود تجمعات مهمة من الطحالب المرجانية والشعاب الصخرية، إضافة إلى مغارات بحرية قد تكون ملائمة لفقمة الراهب. واستُعملت الخرائط في تحيين مخطط تدبير المنتزه وتحديد مناطق الحماية المشددة.</p>`,
        },
        fr: {
          title: "Cartographie des habitats marins du parc national d'Al Hoceima",
          summary: "Un projet achevé qui a produit la première carte détaillée des habitats de la partie marine du parc national d'Al Hoceima.",
          body: `<p>L'INRH et ses partenaires ont réalisé un inventaire complet des habitats marins du parc national d'Al Hoceima à l'aide d'un sondeur multifaisceaux, de plongées scientifiques et de caméras sous-marines.</p>
<p>Les résultats ont révélé d'importants peuplements coralligènes et récifs rocheux, ainsi que des grottes marines potentiellement favorables au phoque moine. Les cartes ont servi à actualiser le plan de gestion du parc et à délimiter des zones de protection renforcée.</p>`,
        },
        en: {
          title: 'Mapping marine habitats in Al Hoceima National Park',
          summary: "A completed project that produced the first detailed habitat map of the marine section of Al Hoceima National Park.",
          body: `<p>INRH and its partners carried out a full inventory of marine habitats in Al Hoceima National Park using multibeam sonar, scientific diving and underwater cameras.</p>
<p>The survey revealed significant coralligenous assemblages and rocky reefs, as well as sea caves that could suit monk seals. The maps were used to update the park management plan and to define strictly protected zones.</p>`,
        },
      },
    },
    {
      key: 'project-wetland-invasive-plants',
      type: 'project',
      publishedDaysAgo: 25,
      point: { lat: 34.8520, lng: -6.2700 },
      tags: ['GBF-TARGET-06', 'GBF-TARGET-11'],
      fields: {
        projectStatus: 'planned',
        startDate: h.date(120),
        endDate: h.date(120 + 3 * 365),
        budget: { amount: 3100000, currency: 'MAD' },
        partners: ['Institut Scientifique de Rabat', 'Agence Nationale des Eaux et Forêts', 'GREPOM/BirdLife Maroc'],
        geographicScope: 'national',
      },
      translations: {
        ar: {
          title: 'الرصد المبكر للنباتات الغريبة الغازية في المناطق الرطبة المغربية',
          summary: 'مشروع مبرمج لإحداث شبكة رصد تشاركية للنباتات الغازية في المناطق الرطبة الساحلية، انطلاقاً من مرجة الزرقاء.',
          body: `<p>تتعرض المناطق الرطبة الساحلية لانتشار نباتات غريبة غازية تُغيّر بنية الموائل وتُقلّص المساحات المتاحة للطيور المائية.</p>
<p>يقترح المشروع إحداث شبكة رصد تشاركية تعتمد على تطبيق هاتفي، وتكوين حراس المواقع والمتطوعين، وتجريب طرق الإزالة اليدوية والميكانيكية في مواقع نموذجية، ثم إعداد دليل وطني للتدخل.</p>`,
        },
        fr: {
          title: 'Détection précoce des plantes exotiques envahissantes dans les zones humides marocaines',
          summary: 'Un projet programmé pour créer un réseau participatif de surveillance des plantes envahissantes dans les zones humides littorales, à commencer par Merja Zerga.',
          body: `<p>Les zones humides littorales subissent la progression de plantes exotiques envahissantes qui modifient la structure des habitats et réduisent les surfaces disponibles pour les oiseaux d'eau.</p>
<p>Le projet prévoit un réseau de surveillance participatif s'appuyant sur une application mobile, la formation des gardes et des bénévoles, l'expérimentation de méthodes d'arrachage manuel et mécanique sur des sites pilotes, puis l'élaboration d'un guide national d'intervention.</p>`,
        },
        en: {
          title: 'Early detection of invasive alien plants in Moroccan wetlands',
          summary: 'A planned project to set up a participatory monitoring network for invasive plants in coastal wetlands, starting at Merja Zerga.',
          body: `<p>Coastal wetlands are affected by the spread of invasive alien plants that alter habitat structure and reduce the area available to waterbirds.</p>
<p>The project will set up a participatory monitoring network based on a mobile app, train site wardens and volunteers, test manual and mechanical removal methods at pilot sites and then produce a national response guide.</p>`,
        },
      },
    },
  ];
}

/* ------------------------------------------------------- protected areas */

const nationalPark = { ar: 'منتزه وطني', fr: 'Parc national', en: 'National park' };

function protectedAreas(): SeedItem[] {
  return [
    {
      key: 'pa-toubkal',
      type: 'protected-area',
      publishedDaysAgo: 300,
      promoted: true,
      point: { lat: 31.0594, lng: -7.9156 },
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11'],
      fields: { iucnCategory: 'II', areaKm2: 380, designationDate: '1942-01-19' },
      translations: {
        ar: {
          title: 'المنتزه الوطني لتوبقال',
          summary: 'أقدم منتزه وطني بالمغرب، أُحدث سنة 1942 في قلب الأطلس الكبير، ويضم جبل توبقال، أعلى قمة في شمال إفريقيا (4167 م).',
          body: `<p>يقع <strong>المنتزه الوطني لتوبقال</strong> على بعد نحو سبعين كيلومتراً جنوب مراكش، ويمتد على مساحة تقارب 38 ألف هكتار من القمم والأودية العالية في الأطلس الكبير.</p>
<p>تتدرج فيه النباتات من غابات البلوط الأخضر والعرعر إلى المروج الجبلية والنباتات الوسادية الشوكية فوق 3000 متر، وتعيش فيه أنواع مميزة مثل الأروي (الكبش البربري) والنسر الذهبي وعدد من النباتات المستوطنة بالأطلس.</p>
<p>تمارس الساكنة الأمازيغية في محيط المنتزه نظام «أكدال» التقليدي لتدبير المراعي، وهو نموذج للحفظ المجتمعي للموارد. ويستقبل المنتزه كل سنة آلاف المتنزهين عبر قرية إمليل.</p>`,
          fields: { designation: nationalPark.ar },
        },
        fr: {
          title: 'Parc national du Toubkal',
          summary: "Le plus ancien parc national du Maroc, créé en 1942 au cœur du Haut Atlas, autour du jbel Toubkal, point culminant de l'Afrique du Nord (4 167 m).",
          body: `<p>Situé à environ soixante-dix kilomètres au sud de Marrakech, le <strong>parc national du Toubkal</strong> couvre quelque 38 000 hectares de sommets et de hautes vallées du Haut Atlas.</p>
<p>La végétation s'étage des chênaies vertes et genévraies aux pelouses d'altitude et aux xérophytes épineux en coussinets au-dessus de 3 000 mètres. On y rencontre le mouflon à manchettes, l'aigle royal et de nombreuses plantes endémiques de l'Atlas.</p>
<p>Les communautés amazighes riveraines pratiquent l'« agdal », système traditionnel de gestion des pâturages et exemple de conservation communautaire. Le parc accueille chaque année des milliers de randonneurs via le village d'Imlil.</p>`,
          fields: { designation: nationalPark.fr },
        },
        en: {
          title: 'Toubkal National Park',
          summary: "Morocco's oldest national park, created in 1942 in the heart of the High Atlas around Jbel Toubkal, North Africa's highest peak (4,167 m).",
          body: `<p>About seventy kilometres south of Marrakech, <strong>Toubkal National Park</strong> covers some 38,000 hectares of peaks and high valleys in the High Atlas.</p>
<p>Vegetation ranges from holm oak and juniper woodland to alpine grasslands and spiny cushion plants above 3,000 metres. Wildlife includes Barbary sheep and golden eagle, and many plants are endemic to the Atlas.</p>
<p>Amazigh communities around the park practise <em>agdal</em>, a traditional system of pasture management and an example of community-based conservation. Thousands of hikers visit each year, most through the village of Imlil.</p>`,
          fields: { designation: nationalPark.en },
        },
      },
    },
    {
      key: 'pa-souss-massa',
      type: 'protected-area',
      publishedDaysAgo: 295,
      point: { lat: 30.0833, lng: -9.65 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04'],
      fields: { iucnCategory: 'II', areaKm2: 338 },
      translations: {
        ar: {
          title: 'المنتزه الوطني لسوس ماسة',
          summary: 'منتزه ساحلي أُحدث سنة 1991 جنوب أكادير، يحتضن أهم مستعمرات أبي منجل الأصلع الشمالي في العالم.',
          body: `<p>يمتد <strong>المنتزه الوطني لسوس ماسة</strong> على شريط ساحلي يناهز 65 كيلومتراً بين مصب وادي سوس وسيدي موسى أكلو، ويضم كثباناً رملية وجروفاً صخرية ومصبي وادي سوس ووادي ماسة.</p>
<p>يُعرف المنتزه عالمياً بمستعمرات <strong>أبي منجل الأصلع الشمالي</strong>، كما أُعيد فيه إدخال أنواع صحراوية اختفت من المغرب، من بينها النعامة ذات العنق الأحمر والمها أبو حراب والأدَكس، داخل محميات مسيّجة.</p>
<p>يشكل مصب ماسة محطة مهمة للطيور المهاجرة، ويندرج المنتزه ضمن محمية المحيط الحيوي للأركان.</p>`,
          fields: { designation: nationalPark.ar },
        },
        fr: {
          title: 'Parc national de Souss-Massa',
          summary: "Parc côtier créé en 1991 au sud d'Agadir, qui abrite les plus importantes colonies d'ibis chauve au monde.",
          body: `<p>Le <strong>parc national de Souss-Massa</strong> s'étend sur environ 65 kilomètres de littoral entre l'embouchure de l'oued Souss et Sidi Moussa d'Aglou ; il comprend dunes, falaises et les estuaires des oueds Souss et Massa.</p>
<p>Il est mondialement connu pour ses colonies d'<strong>ibis chauve</strong>. Des espèces sahariennes disparues du Maroc y ont été réintroduites dans des enclos, dont l'autruche à cou rouge, l'oryx algazelle et l'addax.</p>
<p>L'estuaire de la Massa est une halte majeure pour les oiseaux migrateurs, et le parc fait partie de la réserve de biosphère de l'Arganeraie.</p>`,
          fields: { designation: nationalPark.fr },
        },
        en: {
          title: 'Souss-Massa National Park',
          summary: "A coastal park created in 1991 south of Agadir, home to the world's most important Northern bald ibis colonies.",
          body: `<p><strong>Souss-Massa National Park</strong> stretches along some 65 kilometres of coast between the Souss river mouth and Sidi Moussa d'Aglou, taking in dunes, cliffs and the estuaries of the Souss and Massa rivers.</p>
<p>It is known worldwide for its <strong>Northern bald ibis</strong> colonies. Saharan species lost from Morocco have been reintroduced in fenced enclosures, including the red-necked ostrich, scimitar-horned oryx and addax.</p>
<p>The Massa estuary is a key stopover for migratory birds, and the park lies within the Arganeraie Biosphere Reserve.</p>`,
          fields: { designation: nationalPark.en },
        },
      },
    },
    {
      key: 'pa-ifrane',
      type: 'protected-area',
      publishedDaysAgo: 290,
      point: { lat: 33.4, lng: -5.1 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04'],
      fields: { iucnCategory: 'II', areaKm2: 518 },
      translations: {
        ar: {
          title: 'المنتزه الوطني لإفران',
          summary: 'منتزه أُحدث سنة 2004 في قلب الأطلس المتوسط، يحتضن أكبر غابات الأرز الأطلسي بالمغرب وساكنة مهمة من قرد المكاك البربري.',
          body: `<p>يغطي <strong>المنتزه الوطني لإفران</strong> هضاباً كلسية وغابات كثيفة من الأرز الأطلسي والبلوط الأخضر، تتخللها بحيرات طبيعية مثل ضاية عوا وأكلمام أفنورير المصنف موقع رامسار.</p>
<p>يعيش في المنتزه حوالي 37 نوعاً من الثدييات، أبرزها <strong>قرد المكاك البربري</strong>، وأزيد من 140 نوعاً من الطيور. ويُعد الأطلس المتوسط «خزان مياه» المغرب، إذ تنبع منه أنهار كبرى كأم الربيع وسبو.</p>
<p>يدخل المنتزه ضمن محمية المحيط الحيوي لأرز الأطلس التي صنفتها اليونسكو سنة 2016.</p>`,
          fields: { designation: nationalPark.ar },
        },
        fr: {
          title: "Parc national d'Ifrane",
          summary: "Créé en 2004 au cœur du Moyen Atlas, le parc abrite la plus grande cédraie du Maroc et une importante population de macaques de Barbarie.",
          body: `<p>Le <strong>parc national d'Ifrane</strong> couvre des causses calcaires et de denses forêts de cèdre de l'Atlas et de chêne vert, ponctués de lacs naturels comme Dayet Aoua et l'Aguelmam Afennourir, site Ramsar.</p>
<p>Le parc compte environ 37 espèces de mammifères, dont le <strong>macaque de Barbarie</strong>, et plus de 140 espèces d'oiseaux. Le Moyen Atlas est le « château d'eau » du Maroc, où naissent de grands fleuves comme l'Oum Er-Rbia et le Sebou.</p>
<p>Le parc fait partie de la réserve de biosphère des Cèdres de l'Atlas, désignée par l'UNESCO en 2016.</p>`,
          fields: { designation: nationalPark.fr },
        },
        en: {
          title: 'Ifrane National Park',
          summary: "Created in 2004 in the heart of the Middle Atlas, the park holds Morocco's largest Atlas cedar forest and an important Barbary macaque population.",
          body: `<p><strong>Ifrane National Park</strong> covers limestone plateaus and dense forests of Atlas cedar and holm oak, dotted with natural lakes such as Dayet Aoua and Aguelmam Afennourir, a Ramsar site.</p>
<p>Around 37 mammal species live in the park, notably the <strong>Barbary macaque</strong>, together with more than 140 bird species. The Middle Atlas is Morocco's 'water tower', source of major rivers such as the Oum Er-Rbia and the Sebou.</p>
<p>The park is part of the Atlas Cedar Biosphere Reserve, designated by UNESCO in 2016.</p>`,
          fields: { designation: nationalPark.en },
        },
      },
    },
    {
      key: 'pa-al-hoceima',
      type: 'protected-area',
      publishedDaysAgo: 285,
      point: { lat: 35.1833, lng: -4.25 },
      tags: ['GBF-TARGET-03', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { iucnCategory: 'II', areaKm2: 485 },
      translations: {
        ar: {
          title: 'المنتزه الوطني للحسيمة',
          summary: 'منتزه بري وبحري على الساحل المتوسطي للريف، أُحدث سنة 2004، يضم جروفاً شاهقة ومياهاً ساحلية غنية بالتنوع البيولوجي.',
          body: `<p>يجمع <strong>المنتزه الوطني للحسيمة</strong> بين جزء بري تغطيه غابات العرعر والصنوبر الحلبي، وجزء بحري يمتد على طول جروف ساحلية شاهقة غرب مدينة الحسيمة.</p>
<p>تعشش على جروفه طيور جارحة بحرية مثل العقاب النساري، وتحتضن مياهه تجمعات مرجانية وأعشاباً بحرية. وكانت مغاراته البحرية ملجأً لفقمة الراهب المتوسطية.</p>
<p>يسعى تدبير المنتزه إلى التوفيق بين الصيد التقليدي والسياحة وحماية الموائل الهشة.</p>`,
          fields: { designation: 'منتزه وطني (بري وبحري)' },
        },
        fr: {
          title: "Parc national d'Al Hoceima",
          summary: 'Un parc terrestre et marin sur la côte méditerranéenne du Rif, créé en 2004, avec de hautes falaises et des eaux côtières riches en biodiversité.',
          body: `<p>Le <strong>parc national d'Al Hoceima</strong> associe une partie terrestre couverte de thuya et de pin d'Alep et une partie marine le long de hautes falaises à l'ouest de la ville d'Al Hoceima.</p>
<p>Ses falaises accueillent des rapaces marins comme le balbuzard pêcheur, et ses eaux abritent des peuplements coralligènes et des herbiers. Ses grottes marines servaient autrefois de refuge au phoque moine de Méditerranée.</p>
<p>La gestion du parc cherche à concilier pêche artisanale, tourisme et protection des habitats fragiles.</p>`,
          fields: { designation: 'Parc national (terrestre et marin)' },
        },
        en: {
          title: 'Al Hoceima National Park',
          summary: 'A land and sea park on the Mediterranean coast of the Rif, created in 2004, with towering cliffs and coastal waters rich in biodiversity.',
          body: `<p><strong>Al Hoceima National Park</strong> combines a land section covered with Barbary thuja and Aleppo pine and a marine section along high cliffs west of the town of Al Hoceima.</p>
<p>Ospreys nest on its cliffs, and its waters hold coralligenous assemblages and seagrass beds. Its sea caves were once a refuge for the Mediterranean monk seal.</p>
<p>Park management seeks to reconcile small-scale fishing, tourism and the protection of fragile habitats.</p>`,
          fields: { designation: 'National park (terrestrial and marine)' },
        },
      },
    },
    {
      key: 'pa-talassemtane',
      type: 'protected-area',
      publishedDaysAgo: 280,
      point: { lat: 35.1333, lng: -5.1667 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04'],
      fields: { iucnCategory: 'II', areaKm2: 589 },
      translations: {
        ar: {
          title: 'المنتزه الوطني لتلاسمطان',
          summary: 'منتزه جبلي بالريف الغربي قرب شفشاون، أُحدث سنة 2004، ويحمي آخر غابات الشوح المغربي.',
          body: `<p>يقع <strong>المنتزه الوطني لتلاسمطان</strong> في سلسلة جبال الريف الكلسية قرب مدينة شفشاون، ويتميز بقمم وعرة ووديان عميقة مثل مضيق أقشور.</p>
<p>يضم المنتزه آخر غابات <strong>الشوح المغربي</strong> (<em>Abies marocana</em>)، وهو صنوبري نادر لا يوجد إلا في هذه الجبال، إلى جانب غابات الأرز والبلوط الفليني، ويعيش فيه قرد المكاك البربري.</p>
<p>يُشكل المنتزه جزءاً من محمية المحيط الحيوي العابرة للقارات بالمتوسط المشتركة بين المغرب وإسبانيا (الأندلس).</p>`,
          fields: { designation: nationalPark.ar },
        },
        fr: {
          title: 'Parc national de Talassemtane',
          summary: 'Un parc de montagne du Rif occidental près de Chefchaouen, créé en 2004, qui protège les dernières forêts de sapin du Maroc.',
          body: `<p>Le <strong>parc national de Talassemtane</strong> s'étend sur la dorsale calcaire du Rif, près de Chefchaouen ; il se distingue par ses sommets escarpés et ses gorges profondes, comme celles d'Akchour.</p>
<p>Il abrite les dernières forêts de <strong>sapin du Maroc</strong> (<em>Abies marocana</em>), conifère rare propre à ces montagnes, ainsi que des cédraies et des subéraies, et le macaque de Barbarie y est présent.</p>
<p>Le parc fait partie de la réserve de biosphère intercontinentale de la Méditerranée partagée entre le Maroc et l'Espagne (Andalousie).</p>`,
          fields: { designation: nationalPark.fr },
        },
        en: {
          title: 'Talassemtane National Park',
          summary: "A mountain park in the western Rif near Chefchaouen, created in 2004, protecting Morocco's last fir forests.",
          body: `<p><strong>Talassemtane National Park</strong> lies on the limestone ridge of the Rif near Chefchaouen, with rugged peaks and deep gorges such as Akchour.</p>
<p>It protects the last forests of <strong>Moroccan fir</strong> (<em>Abies marocana</em>), a rare conifer found only in these mountains, as well as cedar and cork oak forests; Barbary macaques also live here.</p>
<p>The park is part of the Intercontinental Biosphere Reserve of the Mediterranean, shared by Morocco and Spain (Andalusia).</p>`,
          fields: { designation: nationalPark.en },
        },
      },
    },
  ];
}

/* ------------------------------------------------------------ ecosystems */

function ecosystems(): SeedItem[] {
  return [
    {
      key: 'eco-arganeraie',
      type: 'ecosystem',
      publishedDaysAgo: 270,
      point: { lat: 30.55, lng: -9.25 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-10', 'GBF-TARGET-13'],
      fields: { ecosystemType: 'forest', extentKm2: 8300 },
      translations: {
        ar: {
          title: 'غابة الأركان (محمية المحيط الحيوي للأركان)',
          summary: 'نظام بيئي غابوي شبه جاف فريد في جنوب غرب المغرب، صنفته اليونسكو محمية للمحيط الحيوي سنة 1998.',
          body: `<p>تغطي غابة <strong>الأركان</strong> مساحات واسعة بين الصويرة وأكادير وتارودانت وسفوح الأطلس الصغير. وتشكل شجرة الأركان، بجذورها العميقة، حاجزاً طبيعياً ضد التصحر وانجراف التربة.</p>
<p>يعتمد على هذا النظام البيئي الزراعي الرعوي الغابوي ما يقارب ثلاثة ملايين نسمة، من خلال إنتاج زيت الأركان والرعي والزراعات البينية. وقد اعترفت منظمة الأغذية والزراعة (الفاو) بمنظومة الأركان نظاماً للتراث الزراعي ذا أهمية عالمية سنة 2018.</p>
<h2>أبرز التهديدات</h2>
<ul><li>الجفاف المتكرر وتغير المناخ؛</li><li>الرعي الجائر وضعف التجدد الطبيعي؛</li><li>التوسع الفلاحي والعمراني.</li></ul>`,
        },
        fr: {
          title: "L'arganeraie (réserve de biosphère de l'Arganeraie)",
          summary: "Un écosystème forestier semi-aride unique au sud-ouest du Maroc, désigné réserve de biosphère par l'UNESCO en 1998.",
          body: `<p>L'<strong>arganeraie</strong> couvre de vastes étendues entre Essaouira, Agadir, Taroudant et les piémonts de l'Anti-Atlas. Grâce à ses racines profondes, l'arganier forme un rempart naturel contre la désertification et l'érosion des sols.</p>
<p>Près de trois millions de personnes dépendent de cet agro-sylvo-pastoralisme : huile d'argane, pâturage et cultures intercalaires. La FAO a reconnu le système agro-sylvo-pastoral de l'arganeraie comme Système ingénieux du patrimoine agricole mondial (SIPAM) en 2018.</p>
<h2>Principales menaces</h2>
<ul><li>sécheresses répétées et changement climatique ;</li><li>surpâturage et faible régénération naturelle ;</li><li>extension agricole et urbaine.</li></ul>`,
        },
        en: {
          title: 'Argan woodland (Arganeraie Biosphere Reserve)',
          summary: 'A unique semi-arid woodland ecosystem in south-western Morocco, designated a UNESCO Biosphere Reserve in 1998.',
          body: `<p>The <strong>argan woodland</strong> covers large areas between Essaouira, Agadir, Taroudant and the foothills of the Anti-Atlas. With its deep roots, the argan tree is a natural barrier against desertification and soil erosion.</p>
<p>Around three million people depend on this agro-silvo-pastoral system for argan oil, grazing and intercropping. FAO recognised the argan-based agro-silvo-pastoral system as a Globally Important Agricultural Heritage System (GIAHS) in 2018.</p>
<h2>Main threats</h2>
<ul><li>repeated drought and climate change;</li><li>overgrazing and poor natural regeneration;</li><li>agricultural and urban expansion.</li></ul>`,
        },
      },
    },
    {
      key: 'eco-merja-zerga',
      type: 'ecosystem',
      publishedDaysAgo: 265,
      point: { lat: 34.8478, lng: -6.2667 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-11'],
      fields: { ecosystemType: 'wetland', extentKm2: 73 },
      translations: {
        ar: {
          title: 'بحيرة مرجة الزرقاء',
          summary: 'بحيرة ساحلية على المحيط الأطلسي قرب مولاي بوسلهام، من أوائل المواقع المغربية المصنفة ضمن اتفاقية رامسار سنة 1980.',
          body: `<p>تمتد <strong>مرجة الزرقاء</strong> على حوالي 7300 هكتار بين مصب وادي درادر والمحيط الأطلسي، وتتصل بالبحر عبر ممر يتأثر بحركة المد والجزر.</p>
<p>تُعد من أهم المناطق الرطبة في شمال إفريقيا لاستقبال الطيور المائية المشتية، إذ تأوي بانتظام عشرات الآلاف من البط والخواضات والنحام الوردي. كما كانت من آخر المواقع التي شوهد فيها الكروان رفيع المنقار، وهو نوع مهدد بشدة بالانقراض وربما انقرض.</p>
<p>تواجه البحيرة ضغوطاً مرتبطة بالصيد المفرط والترمل والتلوث الفلاحي والرعي في الضفاف.</p>`,
        },
        fr: {
          title: 'Lagune de Merja Zerga',
          summary: "Une lagune côtière atlantique près de Moulay Bousselham, parmi les premiers sites marocains inscrits sur la liste de Ramsar en 1980.",
          body: `<p>La <strong>Merja Zerga</strong> couvre environ 7 300 hectares entre l'oued Drader et l'océan Atlantique, auquel elle est reliée par une passe soumise à la marée.</p>
<p>C'est l'une des zones humides les plus importantes d'Afrique du Nord pour les oiseaux d'eau hivernants : elle accueille régulièrement des dizaines de milliers de canards, limicoles et flamants roses. Elle fut aussi l'un des derniers sites d'observation du courlis à bec grêle, espèce en danger critique et peut-être éteinte.</p>
<p>La lagune subit la surpêche, l'ensablement, la pollution agricole et le pâturage sur ses rives.</p>`,
        },
        en: {
          title: 'Merja Zerga lagoon',
          summary: 'An Atlantic coastal lagoon near Moulay Bousselham, among the first Moroccan sites designated under the Ramsar Convention in 1980.',
          body: `<p><strong>Merja Zerga</strong> covers about 7,300 hectares between the Drader river and the Atlantic Ocean, to which it is connected by a tidal inlet.</p>
<p>It is one of North Africa's most important wetlands for wintering waterbirds, regularly holding tens of thousands of ducks, waders and Greater flamingos. It was also one of the last places where the Slender-billed curlew, a Critically Endangered and possibly extinct species, was seen.</p>
<p>The lagoon is under pressure from overfishing, silting, agricultural pollution and grazing along its shores.</p>`,
        },
      },
    },
    {
      key: 'eco-dakhla-bay',
      type: 'ecosystem',
      publishedDaysAgo: 255,
      point: { lat: 23.7833, lng: -15.8333 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-10', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { ecosystemType: 'marine', extentKm2: 400 },
      translations: {
        ar: {
          title: 'خليج الداخلة',
          summary: 'خليج أطلسي شبه مغلق على تخوم الصحراء، تغطيه مروج الأعشاب البحرية ويشكل مشتلاً طبيعياً للأسماك ومحطة للطيور المهاجرة.',
          body: `<p>يمتد <strong>خليج الداخلة</strong> على حوالي أربعين كيلومتراً بين شبه جزيرة الداخلة والبر، وتغطي قاعه الضحل مروج واسعة من الأعشاب البحرية من نوعي <em>Zostera noltei</em> و<em>Cymodocea nodosa</em>.</p>
<p>يؤدي الخليج دوراً أساسياً كمشتل للأسماك والرخويات، ويستقبل أعداداً كبيرة من الخواضات المهاجرة بين أوروبا وإفريقيا الغربية. وقد صُنّف موقعاً ذا أهمية دولية ضمن اتفاقية رامسار.</p>
<p>يتطلب النمو السريع لتربية الأحياء المائية والسياحة الرياضية (ركوب الأمواج الشراعي) تخطيطاً دقيقاً لاستعمال المجال البحري.</p>`,
        },
        fr: {
          title: 'Baie de Dakhla',
          summary: "Une baie atlantique semi-fermée aux portes du Sahara, tapissée d'herbiers marins, nurserie pour les poissons et halte pour les oiseaux migrateurs.",
          body: `<p>La <strong>baie de Dakhla</strong> s'étire sur une quarantaine de kilomètres entre la presqu'île de Dakhla et le continent ; ses hauts-fonds sont couverts de vastes herbiers à <em>Zostera noltei</em> et <em>Cymodocea nodosa</em>.</p>
<p>Elle joue un rôle essentiel de nurserie pour les poissons et les mollusques et accueille de grands effectifs de limicoles migrant entre l'Europe et l'Afrique de l'Ouest. Elle est inscrite sur la liste des zones humides d'importance internationale de Ramsar.</p>
<p>Le développement rapide de l'aquaculture et des sports nautiques (kitesurf) appelle une planification fine de l'espace marin.</p>`,
        },
        en: {
          title: 'Dakhla Bay',
          summary: 'A semi-enclosed Atlantic bay on the edge of the Sahara, carpeted with seagrass meadows, a nursery for fish and a stopover for migratory birds.',
          body: `<p><strong>Dakhla Bay</strong> stretches for some forty kilometres between the Dakhla peninsula and the mainland; its shallows are covered by extensive seagrass meadows of <em>Zostera noltei</em> and <em>Cymodocea nodosa</em>.</p>
<p>The bay is an essential nursery for fish and shellfish and hosts large numbers of waders migrating between Europe and West Africa. It is listed as a Wetland of International Importance under the Ramsar Convention.</p>
<p>Fast-growing aquaculture and water sports such as kitesurfing call for careful marine spatial planning.</p>`,
        },
      },
    },
    {
      key: 'eco-khenifiss-lagoon',
      type: 'ecosystem',
      publishedDaysAgo: 250,
      point: { lat: 28.0333, lng: -12.25 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-11'],
      fields: { ecosystemType: 'coastal', extentKm2: 65 },
      translations: {
        ar: {
          title: 'بحيرة خنيفيس',
          summary: 'بحيرة ساحلية بين طانطان وطرفاية، في قلب المنتزه الوطني لخنيفيس، وواحدة من أغنى المناطق الرطبة على الساحل الأطلسي الصحراوي.',
          body: `<p>تقع <strong>بحيرة خنيفيس</strong> (المعروفة أيضاً باسم بويرتو كانسادو) على بعد نحو ستين كيلومتراً شمال شرق طرفاية، وهي بحيرة يتجدد ماؤها مع المد والجزر ومحاطة بالكثبان الرملية والسبخات.</p>
<p>تحتضن البحيرة مروجاً من الأعشاب البحرية ومستنقعات ملحية، وتستقبل خلال الشتاء أعداداً مهمة من الخواضات والنحام الوردي وخطاف البحر. وتشكل، مع الأراضي الصحراوية المجاورة، جزءاً من المنتزه الوطني لخنيفيس المحدث سنة 2006.</p>`,
        },
        fr: {
          title: 'Lagune de Khnifiss',
          summary: "Une lagune côtière entre Tan-Tan et Tarfaya, au cœur du parc national de Khnifiss, l'une des zones humides les plus riches du littoral atlantique saharien.",
          body: `<p>La <strong>lagune de Khnifiss</strong> (aussi appelée Puerto Cansado), à une soixantaine de kilomètres au nord-est de Tarfaya, est une lagune soumise à la marée, entourée de dunes et de sebkhas.</p>
<p>Elle abrite des herbiers marins et des prés salés et accueille en hiver d'importants effectifs de limicoles, de flamants roses et de sternes. Avec les terres sahariennes voisines, elle fait partie du parc national de Khnifiss créé en 2006.</p>`,
        },
        en: {
          title: 'Khenifiss lagoon',
          summary: 'A coastal lagoon between Tan-Tan and Tarfaya, at the heart of Khenifiss National Park, and one of the richest wetlands on the Saharan Atlantic coast.',
          body: `<p><strong>Khenifiss lagoon</strong> (also known as Puerto Cansado), some sixty kilometres north-east of Tarfaya, is a tidal lagoon surrounded by dunes and salt flats.</p>
<p>It holds seagrass beds and salt marshes and in winter hosts large numbers of waders, Greater flamingos and terns. Together with the neighbouring desert, it forms part of Khenifiss National Park, created in 2006.</p>`,
        },
      },
    },
  ];
}

/* --------------------------------------------------------------- species */

function species(): SeedItem[] {
  return [
    {
      key: 'species-barbary-macaque',
      type: 'species',
      publishedDaysAgo: 240,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-05'],
      fields: { scientificName: 'Macaca sylvanus', redListStatus: 'EN', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'قرد المكاك البربري',
          summary: 'الممثل الوحيد لجنس المكاك في إفريقيا، مهدد بالانقراض بسبب تراجع موائله والاتجار غير المشروع.',
          body: `<p><strong>قرد المكاك البربري</strong> (<em>Macaca sylvanus</em>) نوع مستوطن بالمغرب الكبير، يعيش أساساً في غابات الأرز والبلوط بالأطلس المتوسط والريف. ويحتضن المغرب حوالي ثلاثة أرباع ساكنته البرية.</p>
<p>تراجعت أعداده بشدة خلال العقود الأخيرة بسبب تدهور الغابات، والإزعاج السياحي، وأخذ الصغار من الطبيعة لبيعهم حيوانات أليفة. ويُصنّفه الاتحاد الدولي لحماية الطبيعة ضمن الأنواع <strong>المهددة بالانقراض</strong>، كما أنه مدرج في الملحق الأول لاتفاقية سايتس.</p>
<p>لا تطعموا القردة ولا تشتروها ولا تلتقطوا صوراً مدفوعة الأجر معها: فهذه الممارسات تهدد بقاءها وممنوعة قانوناً.</p>`,
          fields: { commonNames: ['قرد المكاك البربري', 'الزعطوط', 'القرد المغاربي'] },
        },
        fr: {
          title: 'Macaque de Barbarie',
          summary: "Seul macaque vivant en Afrique, le magot est menacé par la dégradation de son habitat et le commerce illégal.",
          body: `<p>Le <strong>macaque de Barbarie</strong> (<em>Macaca sylvanus</em>) est endémique du Maghreb ; il vit surtout dans les cédraies et chênaies du Moyen Atlas et du Rif. Le Maroc abrite environ les trois quarts de sa population sauvage.</p>
<p>Ses effectifs ont fortement diminué au cours des dernières décennies en raison de la dégradation des forêts, du dérangement touristique et du prélèvement de jeunes pour le commerce d'animaux de compagnie. L'UICN le classe <strong>en danger</strong>, et il est inscrit à l'Annexe I de la CITES.</p>
<p>Ne nourrissez pas les singes, ne les achetez pas et ne posez pas avec eux pour des photos payantes : ces pratiques menacent l'espèce et sont interdites par la loi.</p>`,
          fields: { commonNames: ['Macaque de Barbarie', 'Magot', 'Macaque berbère'] },
        },
        en: {
          title: 'Barbary macaque',
          summary: 'The only macaque living in Africa, threatened by habitat degradation and illegal trade.',
          body: `<p>The <strong>Barbary macaque</strong> (<em>Macaca sylvanus</em>) is endemic to the Maghreb and lives mainly in the cedar and oak forests of the Middle Atlas and the Rif. Morocco holds about three quarters of the wild population.</p>
<p>Numbers have fallen sharply in recent decades because of forest degradation, tourist disturbance and the capture of infants for the pet trade. IUCN lists it as <strong>Endangered</strong>, and it is on CITES Appendix I.</p>
<p>Do not feed macaques, buy them or pay for photos with them: these practices threaten the species and are against the law.</p>`,
          fields: { commonNames: ['Barbary macaque', 'Barbary ape', 'Magot'] },
        },
      },
    },
    {
      key: 'species-northern-bald-ibis',
      type: 'species',
      publishedDaysAgo: 238,
      tags: ['GBF-TARGET-04'],
      fields: { scientificName: 'Geronticus eremita', redListStatus: 'EN', taxonomicGroup: 'birds', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'أبو منجل الأصلع الشمالي',
          summary: 'طائر مهدد بالانقراض عالمياً، يعيش أكبر ما تبقى من ساكنته البرية على الساحل الأطلسي المغربي بين أكادير وتامري.',
          body: `<p><strong>أبو منجل الأصلع الشمالي</strong> (<em>Geronticus eremita</em>) طائر ذو ريش أسود لامع بانعكاسات معدنية ورأس أحمر أصلع. كان منتشراً في أوروبا الوسطى وشمال إفريقيا والشرق الأوسط قبل أن يختفي من معظم مناطق انتشاره.</p>
<p>يعشش في مستعمرات على الجروف البحرية، ويتغذى على الحشرات والزواحف الصغيرة في السهوب الساحلية. وبفضل جهود الحماية في منتزه سوس ماسة الوطني، تحسنت وضعيته ونُقل سنة 2018 من فئة «المهدد بشدة بالانقراض» إلى فئة «المهدد بالانقراض».</p>`,
          fields: { commonNames: ['أبو منجل الأصلع الشمالي', 'أبو منجل الأصلع'] },
        },
        fr: {
          title: 'Ibis chauve',
          summary: "Oiseau menacé à l'échelle mondiale, dont la plus grande population sauvage subsiste sur le littoral atlantique marocain entre Agadir et Tamri.",
          body: `<p>L'<strong>ibis chauve</strong> (<em>Geronticus eremita</em>) arbore un plumage noir aux reflets métalliques et une tête rouge dénudée. Autrefois présent en Europe centrale, en Afrique du Nord et au Moyen-Orient, il a disparu de la plupart de son aire de répartition.</p>
<p>Il niche en colonies sur les falaises maritimes et se nourrit d'insectes et de petits reptiles dans les steppes côtières. Grâce aux efforts de conservation menés au parc national de Souss-Massa, son statut s'est amélioré : il est passé en 2018 de « en danger critique » à « en danger ».</p>`,
          fields: { commonNames: ['Ibis chauve', 'Ibis érémite'] },
        },
        en: {
          title: 'Northern bald ibis',
          summary: "A globally threatened bird whose largest remaining wild population lives on Morocco's Atlantic coast between Agadir and Tamri.",
          body: `<p>The <strong>Northern bald ibis</strong> (<em>Geronticus eremita</em>) has glossy black plumage with a metallic sheen and a bare red head. Once found across Central Europe, North Africa and the Middle East, it vanished from most of its former range.</p>
<p>It nests in colonies on sea cliffs and feeds on insects and small reptiles in coastal steppe. Thanks to conservation work in Souss-Massa National Park its status improved, and in 2018 it was moved from Critically Endangered to Endangered.</p>`,
          fields: { commonNames: ['Northern bald ibis', 'Waldrapp', 'Hermit ibis'] },
        },
      },
    },
    {
      key: 'species-atlas-cedar',
      type: 'species',
      publishedDaysAgo: 236,
      tags: ['GBF-TARGET-02', 'GBF-TARGET-04'],
      fields: { scientificName: 'Cedrus atlantica', redListStatus: 'EN', taxonomicGroup: 'plants', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'الأرز الأطلسي',
          summary: 'شجرة مهيبة من الصنوبريات لا توجد طبيعياً إلا في جبال المغرب والجزائر، وتشكل غابات الأطلس المتوسط أكبر تجمعاتها.',
          body: `<p><strong>الأرز الأطلسي</strong> (<em>Cedrus atlantica</em>) شجرة صنوبرية قد يتجاوز علوها أربعين متراً وعمرها عدة قرون، تنمو بين 1400 و2600 متر في الأطلس المتوسط والأطلس الكبير الشرقي والريف.</p>
<p>يُصنّفه الاتحاد الدولي لحماية الطبيعة ضمن الأنواع <strong>المهددة بالانقراض</strong> بسبب تراجع مساحاته نتيجة الجفاف والرعي الجائر والقطع غير القانوني. وتوفر غابات الأرز موئلاً لقرد المكاك البربري ولعدد كبير من الطيور والحشرات، وتلعب دوراً حاسماً في تغذية الفرشات المائية.</p>`,
          fields: { commonNames: ['الأرز الأطلسي', 'أرز الأطلس'] },
        },
        fr: {
          title: "Cèdre de l'Atlas",
          summary: "Majestueux conifère présent à l'état naturel uniquement dans les montagnes du Maroc et d'Algérie, dont les plus grandes forêts se trouvent dans le Moyen Atlas.",
          body: `<p>Le <strong>cèdre de l'Atlas</strong> (<em>Cedrus atlantica</em>) est un conifère qui peut dépasser quarante mètres de haut et vivre plusieurs siècles ; il pousse entre 1 400 et 2 600 mètres dans le Moyen Atlas, le Haut Atlas oriental et le Rif.</p>
<p>L'UICN le classe <strong>en danger</strong> en raison du recul de ses peuplements sous l'effet de la sécheresse, du surpâturage et des coupes illicites. Les cédraies abritent le macaque de Barbarie et de nombreux oiseaux et insectes, et jouent un rôle décisif dans l'alimentation des nappes phréatiques.</p>`,
          fields: { commonNames: ["Cèdre de l'Atlas", 'Cèdre du Maroc'] },
        },
        en: {
          title: 'Atlas cedar',
          summary: 'A majestic conifer found in the wild only in the mountains of Morocco and Algeria, with its largest forests in the Middle Atlas.',
          body: `<p>The <strong>Atlas cedar</strong> (<em>Cedrus atlantica</em>) is a conifer that can grow over forty metres tall and live for several centuries, between 1,400 and 2,600 metres in the Middle Atlas, eastern High Atlas and Rif.</p>
<p>IUCN lists it as <strong>Endangered</strong> because its stands are shrinking through drought, overgrazing and illegal logging. Cedar forests shelter the Barbary macaque and many birds and insects, and play a vital part in recharging groundwater.</p>`,
          fields: { commonNames: ['Atlas cedar'] },
        },
      },
    },
    {
      key: 'species-argan-tree',
      type: 'species',
      publishedDaysAgo: 234,
      tags: ['GBF-TARGET-10', 'GBF-TARGET-13'],
      fields: { scientificName: 'Argania spinosa', redListStatus: 'VU', taxonomicGroup: 'plants', endemic: true, invasive: false },
      translations: {
        ar: {
          title: 'شجرة الأركان',
          summary: 'شجرة شوكية شبه مستوطنة بجنوب غرب المغرب، أساس منظومة زراعية رعوية فريدة ومصدر زيت الأركان الشهير.',
          body: `<p><strong>شجرة الأركان</strong> (<em>Argania spinosa</em>، وتسمى أيضاً <em>Sideroxylon spinosum</em>) من فصيلة السابوتية، تتحمل الحرارة والجفاف ويمكن أن تعمّر قرنين من الزمن. تنحصر مناطق انتشارها الطبيعية تقريباً في جنوب غرب المغرب، مع جيوب صغيرة في الجزائر المجاورة.</p>
<p>يُستخرج من لوز ثمارها زيت الأركان المستعمل في الطبخ والتجميل، وتتولى إنتاجه تقليدياً نساء المنطقة، اليوم في إطار مئات التعاونيات. وتُدرج المعارف والممارسات المرتبطة بها في قائمة التراث الثقافي غير المادي لليونسكو.</p>`,
          fields: { commonNames: ['الأركان', 'أرگان'] },
        },
        fr: {
          title: 'Arganier',
          summary: "Arbre épineux quasi endémique du sud-ouest marocain, pilier d'un système agro-sylvo-pastoral unique et source de la célèbre huile d'argane.",
          body: `<p>L'<strong>arganier</strong> (<em>Argania spinosa</em>, aussi nommé <em>Sideroxylon spinosum</em>), de la famille des Sapotacées, résiste à la chaleur et à la sécheresse et peut vivre deux siècles. Son aire naturelle se limite presque entièrement au sud-ouest du Maroc, avec de petites populations en Algérie voisine.</p>
<p>Les amandons de ses fruits donnent l'huile d'argane, alimentaire et cosmétique, produite traditionnellement par les femmes de la région et aujourd'hui par des centaines de coopératives. Les savoirs et savoir-faire qui lui sont liés sont inscrits au patrimoine culturel immatériel de l'UNESCO.</p>`,
          fields: { commonNames: ['Arganier', 'Argan'] },
        },
        en: {
          title: 'Argan tree',
          summary: "A thorny tree almost endemic to south-western Morocco, the basis of a unique agro-silvo-pastoral system and source of the famous argan oil.",
          body: `<p>The <strong>argan tree</strong> (<em>Argania spinosa</em>, also treated as <em>Sideroxylon spinosum</em>) belongs to the Sapotaceae family, withstands heat and drought and can live for two hundred years. Its natural range is almost entirely in south-western Morocco, with small populations in neighbouring Algeria.</p>
<p>The kernels of its fruit yield argan oil for cooking and cosmetics, traditionally produced by local women and today by hundreds of cooperatives. The knowledge and practices associated with it are on UNESCO's Intangible Cultural Heritage list.</p>`,
          fields: { commonNames: ['Argan tree', 'Argan'] },
        },
      },
    },
    {
      key: 'species-cuviers-gazelle',
      type: 'species',
      publishedDaysAgo: 232,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-05'],
      fields: { scientificName: 'Gazella cuvieri', redListStatus: 'VU', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'غزال الجبل (غزال كوفيي)',
          summary: 'غزال مستوطن بالمغرب الكبير يعيش في المناطق الجبلية والتلال الجافة، ويُعد من الأنواع المعرضة للانقراض.',
          body: `<p><strong>غزال الجبل</strong> أو غزال كوفيي (<em>Gazella cuvieri</em>) غزال رشيق داكن اللون، يعيش في التلال والجبال الجافة بالأطلس الصغير والأطلس الكبير والمنطقة الشرقية، ويعرفه السكان المحليون باسم «إدمي».</p>
<p>عانى من الصيد المفرط وتدهور موائله، لكن ساكنته عرفت تحسناً نسبياً بفضل الحماية القانونية وإعادة إدخاله في بعض المناطق المحمية، مما أدى إلى نقله من فئة «المهدد بالانقراض» إلى فئة «المعرض للانقراض».</p>`,
          fields: { commonNames: ['غزال الجبل', 'غزال كوفيي', 'إدمي'] },
        },
        fr: {
          title: 'Gazelle de Cuvier',
          summary: "Gazelle endémique du Maghreb vivant dans les reliefs et collines arides, classée vulnérable.",
          body: `<p>La <strong>gazelle de Cuvier</strong> (<em>Gazella cuvieri</em>), ou gazelle de montagne, est une gazelle élancée au pelage sombre qui vit dans les collines et montagnes arides de l'Anti-Atlas, du Haut Atlas et de l'Oriental ; elle est appelée localement « edmi ».</p>
<p>Victime de la chasse excessive et de la dégradation de son habitat, elle bénéficie d'une certaine amélioration grâce à sa protection légale et à des réintroductions dans des aires protégées, ce qui a permis son passage de la catégorie « en danger » à « vulnérable ».</p>`,
          fields: { commonNames: ['Gazelle de Cuvier', 'Gazelle de montagne', 'Edmi'] },
        },
        en: {
          title: "Cuvier's gazelle",
          summary: 'A gazelle endemic to the Maghreb that lives in arid hills and mountains, listed as Vulnerable.',
          body: `<p><strong>Cuvier's gazelle</strong> (<em>Gazella cuvieri</em>), or mountain gazelle of the Atlas, is a slender, dark-coated gazelle of the arid hills and mountains of the Anti-Atlas, High Atlas and eastern Morocco, known locally as <em>edmi</em>.</p>
<p>Hunting and habitat degradation reduced its numbers, but legal protection and reintroductions in protected areas have helped it recover somewhat, and it was moved from Endangered to Vulnerable.</p>`,
          fields: { commonNames: ["Cuvier's gazelle", 'Atlas gazelle', 'Edmi'] },
        },
      },
    },
    {
      key: 'species-barbary-sheep',
      type: 'species',
      publishedDaysAgo: 230,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-09'],
      fields: { scientificName: 'Ammotragus lervia', redListStatus: 'VU', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'الأروي (الكبش البربري)',
          summary: 'من أكبر الثدييات العاشبة البرية في جبال المغرب، يتميز بشعر طويل يتدلى من عنقه وقوائمه الأمامية.',
          body: `<p><strong>الأروي</strong> (<em>Ammotragus lervia</em>) حيوان جبلي قوي يعيش في المنحدرات الصخرية للأطلس الكبير والأطلس الصغير والمناطق الصحراوية الجبلية، ويتميز بقرون مقوسة وشعر طويل على العنق والصدر.</p>
<p>يُصنّف ضمن الأنواع <strong>المعرضة للانقراض</strong> بسبب الصيد غير المشروع والمنافسة مع المواشي. ويحظى بالحماية في المنتزه الوطني لتوبقال ومحميات أخرى، حيث يُستعمل مؤشراً على جودة النظم البيئية الجبلية.</p>`,
          fields: { commonNames: ['الأروي', 'الكبش البربري', 'أوداد'] },
        },
        fr: {
          title: 'Mouflon à manchettes',
          summary: "L'un des plus grands herbivores sauvages des montagnes marocaines, reconnaissable aux longs poils qui pendent de son cou et de ses pattes avant.",
          body: `<p>Le <strong>mouflon à manchettes</strong> (<em>Ammotragus lervia</em>) est un ongulé robuste des pentes rocheuses du Haut Atlas, de l'Anti-Atlas et des massifs sahariens, aux cornes arquées et aux longs poils sur le cou et le poitrail.</p>
<p>Classé <strong>vulnérable</strong> en raison du braconnage et de la concurrence avec le bétail, il est protégé dans le parc national du Toubkal et dans d'autres réserves, où il sert d'indicateur de la qualité des écosystèmes de montagne.</p>`,
          fields: { commonNames: ['Mouflon à manchettes', 'Aoudad', 'Arui'] },
        },
        en: {
          title: 'Barbary sheep',
          summary: "One of the largest wild herbivores of Morocco's mountains, recognisable by the long hair hanging from its throat and forelegs.",
          body: `<p>The <strong>Barbary sheep</strong> (<em>Ammotragus lervia</em>) is a sturdy ungulate of the rocky slopes of the High Atlas, Anti-Atlas and Saharan ranges, with curved horns and long hair on its neck and chest.</p>
<p>Listed as <strong>Vulnerable</strong> because of poaching and competition with livestock, it is protected in Toubkal National Park and other reserves, where it serves as an indicator of mountain ecosystem health.</p>`,
          fields: { commonNames: ['Barbary sheep', 'Aoudad'] },
        },
      },
    },
    {
      key: 'species-mediterranean-monk-seal',
      type: 'species',
      publishedDaysAgo: 228,
      tags: ['GBF-TARGET-04', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { scientificName: 'Monachus monachus', redListStatus: 'VU', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        ar: {
          title: 'فقمة الراهب المتوسطية',
          summary: 'من أندر الثدييات البحرية في العالم، كانت تعيش على السواحل المتوسطية والأطلسية للمغرب، ولا تزال أكبر مستعمراتها على ساحل شمال غرب إفريقيا.',
          body: `<p><strong>فقمة الراهب المتوسطية</strong> (<em>Monachus monachus</em>) ثديي بحري يصل طوله إلى حوالي مترين ونصف، يلجأ إلى المغارات البحرية للراحة والولادة.</p>
<p>اختفت تقريباً من السواحل المغربية خلال القرن العشرين، ولا تزال أكبر مستعمراتها في منطقة الرأس الأبيض على الساحل الأطلسي لشمال غرب إفريقيا. وبفضل جهود الحماية، أعاد الاتحاد الدولي لحماية الطبيعة تصنيفها سنة 2023 من «مهددة بالانقراض» إلى «معرضة للانقراض».</p>
<p>تبقى أهم التهديدات: الصيد العرضي في الشباك، وإزعاج المغارات، وتلوث البحر.</p>`,
          fields: { commonNames: ['فقمة الراهب المتوسطية', 'عجل البحر'] },
        },
        fr: {
          title: 'Phoque moine de Méditerranée',
          summary: "L'un des mammifères marins les plus rares au monde, autrefois présent sur les côtes méditerranéenne et atlantique du Maroc ; sa plus grande colonie subsiste sur la côte nord-ouest africaine.",
          body: `<p>Le <strong>phoque moine de Méditerranée</strong> (<em>Monachus monachus</em>) est un mammifère marin d'environ deux mètres et demi qui se réfugie dans les grottes marines pour se reposer et mettre bas.</p>
<p>Presque disparu des côtes marocaines au XXe siècle, il conserve sa plus grande colonie dans la région du Cap Blanc, sur la côte atlantique du nord-ouest de l'Afrique. Grâce aux efforts de conservation, l'UICN l'a reclassé en 2023 de « en danger » à « vulnérable ».</p>
<p>Ses principales menaces restent les captures accidentelles dans les filets, le dérangement des grottes et la pollution marine.</p>`,
          fields: { commonNames: ['Phoque moine de Méditerranée', 'Phoque moine'] },
        },
        en: {
          title: 'Mediterranean monk seal',
          summary: "One of the world's rarest marine mammals, once found on Morocco's Mediterranean and Atlantic coasts; its largest colony survives on the north-west African coast.",
          body: `<p>The <strong>Mediterranean monk seal</strong> (<em>Monachus monachus</em>) is a marine mammal about two and a half metres long that uses sea caves to rest and give birth.</p>
<p>It almost disappeared from Moroccan coasts during the twentieth century; its largest colony survives in the Cap Blanc area on the Atlantic coast of north-west Africa. Thanks to conservation efforts, IUCN moved it from Endangered to Vulnerable in 2023.</p>
<p>The main threats remain bycatch in fishing nets, disturbance of caves and marine pollution.</p>`,
          fields: { commonNames: ['Mediterranean monk seal', 'Monk seal'] },
        },
      },
    },
    {
      key: 'species-hottentot-fig',
      type: 'species',
      publishedDaysAgo: 120,
      tags: ['GBF-TARGET-06'],
      fields: { scientificName: 'Carpobrotus edulis', taxonomicGroup: 'plants', endemic: false, invasive: true },
      translations: {
        ar: {
          title: 'تين الهوتنتوت (نبتة غازية)',
          summary: 'نبتة عصارية أصلها من جنوب إفريقيا، أُدخلت للزينة وتثبيت الرمال، وأصبحت تغزو الكثبان الساحلية المغربية.',
          body: `<p><strong>تين الهوتنتوت</strong> (<em>Carpobrotus edulis</em>) نبتة زاحفة ذات أوراق لحمية وأزهار صفراء أو وردية، أُدخلت إلى السواحل المتوسطية والأطلسية لتزيين الحدائق وتثبيت الكثبان.</p>
<p>تشكل هذه النبتة بساطاً كثيفاً يخنق النباتات المحلية للكثبان ويغير خصائص التربة. يُنصح بعدم غرسها في الحدائق الساحلية وبالإبلاغ عن بؤر انتشارها في المناطق الطبيعية عبر آلية تبادل المعلومات.</p>`,
          fields: { commonNames: ['تين الهوتنتوت', 'الكاربوبروتوس'] },
        },
        fr: {
          title: 'Griffe de sorcière (plante envahissante)',
          summary: "Plante succulente originaire d'Afrique du Sud, introduite pour l'ornement et la fixation des sables, qui envahit les dunes littorales marocaines.",
          body: `<p>La <strong>griffe de sorcière</strong> (<em>Carpobrotus edulis</em>) est une plante rampante aux feuilles charnues et aux fleurs jaunes ou roses, introduite sur les littoraux méditerranéen et atlantique pour orner les jardins et fixer les dunes.</p>
<p>Elle forme des tapis denses qui étouffent la flore dunaire indigène et modifient les propriétés du sol. Il est recommandé de ne pas la planter dans les jardins côtiers et de signaler ses foyers en milieu naturel via le CHM.</p>`,
          fields: { commonNames: ['Griffe de sorcière', 'Figue des Hottentots'] },
        },
        en: {
          title: 'Hottentot fig (invasive plant)',
          summary: 'A South African succulent introduced for ornament and dune stabilisation that is invading Moroccan coastal dunes.',
          body: `<p>The <strong>Hottentot fig</strong> (<em>Carpobrotus edulis</em>) is a creeping plant with fleshy leaves and yellow or pink flowers, introduced to Mediterranean and Atlantic coasts for gardens and to stabilise dunes.</p>
<p>It forms dense mats that smother native dune plants and change soil properties. Please do not plant it in coastal gardens, and report patches in natural areas through the CHM.</p>`,
          fields: { commonNames: ['Hottentot fig', 'Ice plant', 'Highway ice plant'] },
        },
      },
    },
  ];
}

/* --------------------------------------------------------- organizations */

function organizations(): SeedItem[] {
  return [
    {
      key: 'org-sustainable-development-department',
      type: 'organization',
      publishedDaysAgo: 360,
      point: { lat: 33.9591, lng: -6.8661 },
      tags: ['GBF-TARGET-14', 'ma'],
      fields: {
        organizationType: 'government',
        address: 'حي الرياض، الرباط – Hay Riad, Rabat, Maroc',
        website: 'https://www.environnement.gov.ma',
        email: 'contact-dd@example.org',
        phone: '+212 5 00 00 00 01',
      },
      translations: {
        ar: {
          title: 'وزارة الانتقال الطاقي والتنمية المستدامة – قطاع التنمية المستدامة',
          summary: 'السلطة الحكومية المكلفة بالبيئة ونقطة الارتكاز الوطنية لاتفاقية التنوع البيولوجي وآلية تبادل المعلومات.',
          body: `<p>يتولى <strong>قطاع التنمية المستدامة</strong> إعداد السياسة الوطنية في مجال البيئة والتنمية المستدامة وتتبع تنفيذها، بما في ذلك الاستراتيجية الوطنية للتنمية المستدامة والاستراتيجية وخطة العمل الوطنيتين للتنوع البيولوجي.</p>
<p>ويحتضن القطاع نقطة الارتكاز الوطنية لاتفاقية التنوع البيولوجي وبروتوكولي قرطاجنة وناغويا، ويشرف على تنسيق آلية تبادل المعلومات وإعداد التقارير الوطنية.</p>`,
          fields: { acronym: 'MTEDD', city: 'الرباط' },
        },
        fr: {
          title: 'Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable',
          summary: "L'autorité gouvernementale chargée de l'environnement, point focal national de la Convention sur la diversité biologique et du CHM.",
          body: `<p>Le <strong>Département du Développement Durable</strong> élabore et suit la politique nationale en matière d'environnement et de développement durable, notamment la Stratégie nationale de développement durable et la SPANB.</p>
<p>Il abrite le point focal national de la CDB et des Protocoles de Cartagena et de Nagoya, coordonne le Centre d'échange d'informations et prépare les rapports nationaux.</p>`,
          fields: { acronym: 'MTEDD', city: 'Rabat' },
        },
        en: {
          title: 'Ministry of Energy Transition and Sustainable Development – Sustainable Development Department',
          summary: 'The government authority responsible for the environment and national focal point for the Convention on Biological Diversity and the CHM.',
          body: `<p>The <strong>Sustainable Development Department</strong> prepares and monitors national environmental and sustainable development policy, including the National Sustainable Development Strategy and the NBSAP.</p>
<p>It hosts the national focal point for the CBD and its Cartagena and Nagoya Protocols, coordinates the Clearing-House Mechanism and prepares national reports.</p>`,
          fields: { acronym: 'MTEDD', city: 'Rabat' },
        },
      },
    },
    {
      key: 'org-anef',
      type: 'organization',
      publishedDaysAgo: 358,
      point: { lat: 33.9985, lng: -6.8499 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-02'],
      fields: {
        organizationType: 'government',
        address: 'الرباط – Rabat, Maroc',
        website: 'https://www.eauxetforets.gov.ma',
        email: 'contact-anef@example.org',
        phone: '+212 5 00 00 00 02',
      },
      translations: {
        ar: {
          title: 'الوكالة الوطنية للمياه والغابات',
          summary: 'المؤسسة العمومية المكلفة بتدبير الملك الغابوي والمنتزهات الوطنية والمناطق المحمية والوحيش.',
          body: `<p>أُحدثت <strong>الوكالة الوطنية للمياه والغابات</strong> لتخلف المندوبية السامية للمياه والغابات ومحاربة التصحر، وتتولى تنفيذ استراتيجية «غابات المغرب 2020-2030».</p>
<p>تشرف الوكالة على تدبير المنتزهات الوطنية والمناطق الرطبة والمواقع ذات الأهمية البيولوجية والإيكولوجية، وتنظيم القنص والصيد في المياه القارية، وتطبيق القانون 29.05 المتعلق بحماية الأنواع.</p>`,
          fields: { acronym: 'ANEF', city: 'الرباط' },
        },
        fr: {
          title: 'Agence Nationale des Eaux et Forêts',
          summary: "L'établissement public chargé de la gestion du domaine forestier, des parcs nationaux, des aires protégées et de la faune sauvage.",
          body: `<p>L'<strong>Agence Nationale des Eaux et Forêts (ANEF)</strong> a succédé au Haut-Commissariat aux Eaux et Forêts et à la Lutte contre la Désertification et met en œuvre la stratégie « Forêts du Maroc 2020-2030 ».</p>
<p>Elle gère les parcs nationaux, les zones humides et les sites d'intérêt biologique et écologique, réglemente la chasse et la pêche continentale et applique la loi 29-05 sur la protection des espèces.</p>`,
          fields: { acronym: 'ANEF', city: 'Rabat' },
        },
        en: {
          title: 'National Agency for Water and Forests',
          summary: 'The public agency responsible for managing forest land, national parks, protected areas and wildlife.',
          body: `<p>The <strong>National Agency for Water and Forests (ANEF)</strong> succeeded the High Commission for Water, Forests and the Fight against Desertification and implements the 'Forests of Morocco 2020-2030' strategy.</p>
<p>It manages national parks, wetlands and sites of biological and ecological interest, regulates hunting and inland fishing, and enforces Law 29-05 on species protection.</p>`,
          fields: { acronym: 'ANEF', city: 'Rabat' },
        },
      },
    },
    {
      key: 'org-institut-scientifique',
      type: 'organization',
      publishedDaysAgo: 355,
      point: { lat: 34.0027, lng: -6.8476 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: {
        organizationType: 'research',
        address: 'شارع ابن بطوطة، أكدال، الرباط – Avenue Ibn Battouta, Agdal, Rabat, Maroc',
        website: 'https://www.israbat.ac.ma',
        email: 'contact-is@example.org',
        phone: '+212 5 00 00 00 03',
      },
      translations: {
        ar: {
          title: 'المعهد العلمي – جامعة محمد الخامس بالرباط',
          summary: 'مؤسسة بحثية عريقة متخصصة في علوم الأرض والحياة، تحتضن مجموعات مرجعية وطنية للنباتات والحيوانات.',
          body: `<p>تأسس <strong>المعهد العلمي</strong> سنة 1920، وهو اليوم تابع لجامعة محمد الخامس بالرباط. يضم مختبرات في علم الحيوان وعلم النبات والجيولوجيا والجغرافيا الفيزيائية، ومجموعات تاريخية طبيعية مرجعية تضم مئات الآلاف من العينات.</p>
<p>يساهم المعهد في جرد التنوع البيولوجي الوطني وفي إعداد القوائم الحمراء، وينشر أعمالاً علمية مرجعية حول الحيوان والنبات بالمغرب.</p>`,
          fields: { acronym: 'IS', city: 'الرباط' },
        },
        fr: {
          title: 'Institut Scientifique – Université Mohammed V de Rabat',
          summary: "Un institut de recherche historique consacré aux sciences de la Terre et de la vie, qui conserve des collections nationales de référence de flore et de faune.",
          body: `<p>Fondé en 1920, l'<strong>Institut Scientifique</strong> relève aujourd'hui de l'Université Mohammed V de Rabat. Il réunit des laboratoires de zoologie, de botanique, de géologie et de géographie physique, ainsi que des collections d'histoire naturelle de référence riches de centaines de milliers de spécimens.</p>
<p>L'Institut contribue à l'inventaire de la biodiversité nationale et à l'élaboration des listes rouges, et publie des travaux de référence sur la faune et la flore du Maroc.</p>`,
          fields: { acronym: 'IS', city: 'Rabat' },
        },
        en: {
          title: 'Scientific Institute – Mohammed V University in Rabat',
          summary: 'A long-established research institute for earth and life sciences, home to national reference collections of plants and animals.',
          body: `<p>Founded in 1920, the <strong>Scientific Institute</strong> is now part of Mohammed V University in Rabat. It houses laboratories of zoology, botany, geology and physical geography, and reference natural history collections holding hundreds of thousands of specimens.</p>
<p>The Institute contributes to the national biodiversity inventory and red lists and publishes reference works on the fauna and flora of Morocco.</p>`,
          fields: { acronym: 'IS', city: 'Rabat' },
        },
      },
    },
    {
      key: 'org-grepom-birdlife',
      type: 'organization',
      publishedDaysAgo: 350,
      point: { lat: 34.0371, lng: -6.7985 },
      tags: ['GBF-TARGET-04', 'GBF-TARGET-22'],
      fields: {
        organizationType: 'ngo',
        address: 'سلا – Salé, Maroc',
        website: 'https://www.grepom.org',
        email: 'contact-grepom@example.org',
        phone: '+212 5 00 00 00 04',
      },
      translations: {
        ar: {
          title: 'مجموعة البحث من أجل حماية الطيور بالمغرب (GREPOM/BirdLife)',
          summary: 'جمعية وطنية لحماية الطيور وموائلها، وشريك منظمة BirdLife International بالمغرب.',
          body: `<p>تعمل <strong>مجموعة البحث من أجل حماية الطيور بالمغرب</strong> على دراسة الطيور البرية وحمايتها، وتنسق شبكة من الملاحظين المتطوعين في مختلف جهات المملكة.</p>
<ul><li>المشاركة في الإحصاء الشتوي للطيور المائية؛</li><li>تحديد المناطق المهمة للطيور والتنوع البيولوجي؛</li><li>محاربة القنص والاتجار غير المشروعين بالطيور؛</li><li>التربية البيئية لفائدة الشباب.</li></ul>`,
          fields: { acronym: 'GREPOM', city: 'سلا' },
        },
        fr: {
          title: 'GREPOM/BirdLife Maroc',
          summary: "Association nationale pour la protection des oiseaux et de leurs habitats, partenaire de BirdLife International au Maroc.",
          body: `<p>Le <strong>Groupe de Recherche pour la Protection des Oiseaux au Maroc (GREPOM)</strong> étudie et protège les oiseaux sauvages et anime un réseau d'observateurs bénévoles dans toutes les régions du Royaume.</p>
<ul><li>participation au dénombrement hivernal des oiseaux d'eau ;</li><li>identification des zones importantes pour la conservation des oiseaux et de la biodiversité (ZICO) ;</li><li>lutte contre le braconnage et le commerce illégal d'oiseaux ;</li><li>éducation à l'environnement pour les jeunes.</li></ul>`,
          fields: { acronym: 'GREPOM', city: 'Salé' },
        },
        en: {
          title: 'GREPOM/BirdLife Morocco',
          summary: 'The national association for the protection of birds and their habitats, BirdLife International partner in Morocco.',
          body: `<p>The <strong>Research Group for the Protection of Birds in Morocco (GREPOM)</strong> studies and protects wild birds and runs a network of volunteer observers across the country.</p>
<ul><li>taking part in the winter waterbird census;</li><li>identifying Important Bird and Biodiversity Areas (IBAs);</li><li>tackling illegal killing and trade of birds;</li><li>environmental education for young people.</li></ul>`,
          fields: { acronym: 'GREPOM', city: 'Salé' },
        },
      },
    },
    {
      key: 'org-inrh',
      type: 'organization',
      publishedDaysAgo: 345,
      point: { lat: 33.5887, lng: -7.6718 },
      tags: ['GBF-TARGET-21', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: {
        organizationType: 'research',
        address: 'عين الذئاب، الدار البيضاء – Aïn Diab, Casablanca, Maroc',
        website: 'https://www.inrh.ma',
        email: 'contact-inrh@example.org',
        phone: '+212 5 00 00 00 05',
      },
      translations: {
        ar: {
          title: 'المعهد الوطني للبحث في الصيد البحري',
          summary: 'المؤسسة الوطنية للبحث العلمي في مجال الموارد البحرية والنظم البيئية البحرية وتربية الأحياء المائية.',
          body: `<p>يُجري <strong>المعهد الوطني للبحث في الصيد البحري</strong> أبحاثاً حول تقييم المخزونات السمكية، ومراقبة جودة الوسط البحري، والنظم البيئية الساحلية، وتربية الأحياء المائية، من خلال مراكز جهوية موزعة على الساحلين المتوسطي والأطلسي.</p>
<p>ويساهم المعهد في رسم خرائط الموائل البحرية ودراسة الأنواع المهددة مثل الثدييات والسلاحف البحرية، دعماً لإحداث المناطق البحرية المحمية.</p>`,
          fields: { acronym: 'INRH', city: 'الدار البيضاء' },
        },
        fr: {
          title: 'Institut National de Recherche Halieutique',
          summary: "L'institut national de recherche sur les ressources halieutiques, les écosystèmes marins et l'aquaculture.",
          body: `<p>L'<strong>Institut National de Recherche Halieutique (INRH)</strong> mène des recherches sur l'évaluation des stocks, la surveillance de la qualité du milieu marin, les écosystèmes côtiers et l'aquaculture, grâce à des centres régionaux répartis sur les façades méditerranéenne et atlantique.</p>
<p>Il contribue à la cartographie des habitats marins et à l'étude des espèces menacées comme les mammifères et tortues marins, en appui à la création d'aires marines protégées.</p>`,
          fields: { acronym: 'INRH', city: 'Casablanca' },
        },
        en: {
          title: 'National Institute for Fisheries Research',
          summary: 'The national research institute for fisheries resources, marine ecosystems and aquaculture.',
          body: `<p>The <strong>National Institute for Fisheries Research (INRH)</strong> carries out research on stock assessment, marine environmental quality, coastal ecosystems and aquaculture through regional centres on the Mediterranean and Atlantic coasts.</p>
<p>It contributes to marine habitat mapping and the study of threatened species such as marine mammals and sea turtles, supporting the creation of marine protected areas.</p>`,
          fields: { acronym: 'INRH', city: 'Casablanca' },
        },
      },
    },
  ];
}

/* ------------------------------------------------------- contact persons */

function contactPersons(): SeedItem[] {
  return [
    {
      key: 'contact-chm-focal-point',
      type: 'contact-person',
      publishedDaysAgo: 200,
      sortOrder: 1,
      tags: ['GBF-TARGET-21'],
      fields: { personName: 'Samira Ait Lahcen', givenName: 'Samira', familyName: 'Ait Lahcen', email: 'samira.aitlahcen@example.org', phone: '+212 5 00 00 00 10' },
      translations: {
        ar: {
          title: 'سميرة آيت لحسن',
          summary: 'نقطة الارتكاز الوطنية لآلية تبادل المعلومات حول التنوع البيولوجي.',
          body: `<p>تنسق السيدة سميرة آيت لحسن آلية تبادل المعلومات، وتتولى الإشراف على المحتوى التحريري للبوابة والتواصل مع المؤسسات الشريكة. يمكن التواصل معها بخصوص نشر المحتويات أو طلب حساب محرر.</p>`,
          fields: { function: 'نقطة الارتكاز الوطنية لآلية تبادل المعلومات', organizationName: 'وزارة الانتقال الطاقي والتنمية المستدامة – قطاع التنمية المستدامة' },
        },
        fr: {
          title: 'Samira Ait Lahcen',
          summary: "Point focal national du Centre d'échange d'informations sur la biodiversité.",
          body: `<p>Mme Samira Ait Lahcen coordonne le CHM, supervise la ligne éditoriale du portail et assure la liaison avec les institutions partenaires. Contactez-la pour publier des contenus ou demander un compte éditeur.</p>`,
          fields: { function: 'Point focal national du CHM', organizationName: 'Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable' },
        },
        en: {
          title: 'Samira Ait Lahcen',
          summary: 'National focal point for the biodiversity Clearing-House Mechanism.',
          body: `<p>Ms Samira Ait Lahcen coordinates the CHM, oversees the portal's editorial content and liaises with partner institutions. Contact her to publish content or request an editor account.</p>`,
          fields: { function: 'National CHM focal point', organizationName: 'Ministry of Energy Transition and Sustainable Development – Sustainable Development Department' },
        },
      },
    },
    {
      key: 'contact-protected-areas',
      type: 'contact-person',
      publishedDaysAgo: 198,
      sortOrder: 2,
      tags: ['GBF-TARGET-03'],
      fields: { personName: 'Karim Benslimane', givenName: 'Karim', familyName: 'Benslimane', email: 'karim.benslimane@example.org', phone: '+212 5 00 00 00 11' },
      translations: {
        ar: {
          title: 'كريم بنسليمان',
          summary: 'مسؤول مصلحة المناطق المحمية بالوكالة الوطنية للمياه والغابات.',
          body: `<p>يتابع السيد كريم بنسليمان ملفات المنتزهات الوطنية والمواقع ذات الأهمية البيولوجية والإيكولوجية، ويُعد المخاطَب الرئيسي بخصوص البيانات المتعلقة بالمناطق المحمية المنشورة على البوابة.</p>`,
          fields: { function: 'رئيس مصلحة المناطق المحمية', organizationName: 'الوكالة الوطنية للمياه والغابات' },
        },
        fr: {
          title: 'Karim Benslimane',
          summary: "Responsable du service des aires protégées à l'Agence Nationale des Eaux et Forêts.",
          body: `<p>M. Karim Benslimane suit les dossiers des parcs nationaux et des sites d'intérêt biologique et écologique ; il est l'interlocuteur principal pour les données sur les aires protégées publiées sur le portail.</p>`,
          fields: { function: 'Chef du service des aires protégées', organizationName: 'Agence Nationale des Eaux et Forêts' },
        },
        en: {
          title: 'Karim Benslimane',
          summary: 'Head of the protected areas unit at the National Agency for Water and Forests.',
          body: `<p>Mr Karim Benslimane handles national parks and sites of biological and ecological interest and is the main contact for protected area data published on the portal.</p>`,
          fields: { function: 'Head of the Protected Areas Unit', organizationName: 'National Agency for Water and Forests' },
        },
      },
    },
    {
      key: 'contact-biodiversity-data',
      type: 'contact-person',
      publishedDaysAgo: 196,
      sortOrder: 3,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: { personName: 'Leila Ouazzani-Amrani', givenName: 'Leila', familyName: 'Ouazzani-Amrani', email: 'leila.ouazzani@example.org', phone: '+212 5 00 00 00 12' },
      translations: {
        ar: {
          title: 'ليلى الوزاني العمراني',
          summary: 'باحثة مكلفة ببيانات التنوع البيولوجي ونشرها على المنصات المفتوحة.',
          body: `<p>تشرف الدكتورة ليلى الوزاني العمراني على رقمنة المجموعات الطبيعية ونشر بيانات الأنواع وفق المعايير الدولية، وتؤطر الدورات التكوينية حول إدارة البيانات لفائدة الباحثين.</p>`,
          fields: { function: 'باحثة، مسؤولة عن بيانات التنوع البيولوجي', organizationName: 'المعهد العلمي – جامعة محمد الخامس بالرباط' },
        },
        fr: {
          title: 'Leila Ouazzani-Amrani',
          summary: 'Chercheuse chargée des données de biodiversité et de leur publication sur les plateformes ouvertes.',
          body: `<p>Dr Leila Ouazzani-Amrani supervise la numérisation des collections naturalistes et la publication des données d'espèces selon les standards internationaux ; elle anime les formations à la gestion des données destinées aux chercheurs.</p>`,
          fields: { function: 'Chercheuse, responsable des données de biodiversité', organizationName: 'Institut Scientifique – Université Mohammed V de Rabat' },
        },
        en: {
          title: 'Leila Ouazzani-Amrani',
          summary: 'Researcher in charge of biodiversity data and its publication on open platforms.',
          body: `<p>Dr Leila Ouazzani-Amrani oversees the digitisation of natural history collections and the publication of species data to international standards, and leads data management training for researchers.</p>`,
          fields: { function: 'Researcher, biodiversity data lead', organizationName: 'Scientific Institute – Mohammed V University in Rabat' },
        },
      },
    },
  ];
}

/* ---------------------------------------------------- learning resources */

function learningResources(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'learn-waterbird-identification-guide',
      type: 'learning-resource',
      publishedDaysAgo: 100,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-11'],
      fields: {
        resourceType: 'guide',
        publicationDate: h.date(-110),
        authors: ['GREPOM/BirdLife Maroc'],
        audience: ['practitioners', 'general-public'],
        resourceUrl: 'https://files.example.org/ma/guide-oiseaux-eau-maroc.pdf',
      },
      translations: {
        ar: {
          title: 'دليل التعرف على الطيور المائية في المناطق الرطبة المغربية',
          summary: 'دليل ميداني مصور يساعد الملاحظين المبتدئين على التعرف على أكثر من مئة نوع من الطيور المائية.',
          body: `<p>يقدم هذا الدليل بطاقات مصورة لأكثر من مئة نوع من البط والخواضات والنوارس وطيور الخرشنة الشائعة في المناطق الرطبة المغربية، مع خرائط للتوزيع ونصائح حول أفضل فترات الملاحظة.</p>
<p>أُعدّ الدليل لفائدة حراس المواقع والمتطوعين المشاركين في الإحصاء الشتوي، كما يمكن أن يستفيد منه الأساتذة وهواة الطبيعة.</p>`,
        },
        fr: {
          title: "Guide d'identification des oiseaux d'eau des zones humides marocaines",
          summary: "Un guide de terrain illustré pour aider les observateurs débutants à reconnaître plus d'une centaine d'espèces d'oiseaux d'eau.",
          body: `<p>Ce guide propose des fiches illustrées pour plus d'une centaine d'espèces de canards, limicoles, goélands et sternes fréquentes dans les zones humides marocaines, avec des cartes de répartition et des conseils sur les meilleures périodes d'observation.</p>
<p>Il a été conçu pour les gardes des sites et les bénévoles du dénombrement hivernal, mais il est aussi utile aux enseignants et aux naturalistes amateurs.</p>`,
        },
        en: {
          title: 'Identification guide to the waterbirds of Moroccan wetlands',
          summary: 'An illustrated field guide to help beginners identify more than a hundred waterbird species.',
          body: `<p>This guide offers illustrated species sheets for more than a hundred ducks, waders, gulls and terns commonly found in Moroccan wetlands, with distribution maps and advice on the best times to watch.</p>
<p>It was written for site wardens and winter census volunteers, but teachers and amateur naturalists will find it useful too.</p>`,
        },
      },
    },
    {
      key: 'learn-argan-lesson-plan',
      type: 'learning-resource',
      publishedDaysAgo: 160,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-10', 'SUSTAINABLE-DEVELOPMENT-GOAL-04'],
      fields: {
        resourceType: 'lesson-plan',
        publicationDate: h.date(-165),
        authors: ['Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable'],
        audience: ['teachers', 'children'],
        resourceUrl: 'https://files.example.org/ma/fiche-pedagogique-arganier.pdf',
        durationMinutes: 90,
      },
      translations: {
        ar: {
          title: 'جذاذة تربوية: شجرة الأركان، شجرة الحياة',
          summary: 'حصة دراسية جاهزة للسلك الابتدائي حول شجرة الأركان ودورها في حياة الإنسان والطبيعة.',
          body: `<p>تقترح هذه الجذاذة على أساتذة التعليم الابتدائي حصة مدتها تسعون دقيقة للتعريف بشجرة الأركان: شكلها، ودورة حياتها، والحيوانات التي تعيش فيها، واستعمالات زيتها.</p>
<ul><li>نشاط استكشافي انطلاقاً من صور وثمار حقيقية؛</li><li>لعبة أدوار حول عمل التعاونيات النسائية؛</li><li>ورقة تقييم بسيطة.</li></ul>
<p>تتوفر الجذاذة باللغتين العربية والفرنسية، ويمكن تكييفها مع الأندية البيئية المدرسية.</p>`,
        },
        fr: {
          title: "Fiche pédagogique : l'arganier, arbre de vie",
          summary: "Une séance clé en main pour l'école primaire sur l'arganier et son rôle pour les humains et la nature.",
          body: `<p>Cette fiche propose aux enseignants du primaire une séance de quatre-vingt-dix minutes pour découvrir l'arganier : sa forme, son cycle de vie, les animaux qui y vivent et les usages de son huile.</p>
<ul><li>activité de découverte à partir de photos et de vrais fruits ;</li><li>jeu de rôle sur le travail des coopératives féminines ;</li><li>fiche d'évaluation simple.</li></ul>
<p>La fiche est disponible en arabe et en français et peut être adaptée aux clubs environnementaux scolaires.</p>`,
        },
        en: {
          title: 'Lesson plan: the argan tree, tree of life',
          summary: 'A ready-to-use primary school lesson on the argan tree and its role for people and nature.',
          body: `<p>This lesson plan gives primary teachers a ninety-minute session on the argan tree: its shape, life cycle, the animals that live in it and the uses of its oil.</p>
<ul><li>a discovery activity using photos and real fruit;</li><li>a role play about the work of women's cooperatives;</li><li>a simple assessment sheet.</li></ul>
<p>The lesson plan is available in Arabic and French and can be adapted for school environment clubs.</p>`,
        },
      },
    },
    {
      key: 'learn-gbf-introduction-course',
      type: 'learning-resource',
      publishedDaysAgo: 60,
      tags: ['GBF-GOAL-A', 'GBF-TARGET-14', 'GBF-TARGET-21'],
      fields: {
        resourceType: 'course',
        publicationDate: h.date(-62),
        authors: ['Ministère de la Transition Énergétique et du Développement Durable – Département du Développement Durable'],
        audience: ['policy-makers', 'practitioners', 'students'],
        resourceUrl: 'https://learning.example.org/ma/gbf-introduction',
        durationMinutes: 240,
      },
      translations: {
        ar: {
          title: 'دورة عبر الإنترنت: مدخل إلى إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي',
          summary: 'دورة ذاتية التعلم في أربع وحدات تشرح غايات الإطار العالمي وأهدافه وكيفية ترجمتها إلى أهداف وطنية.',
          body: `<p>تشرح هذه الدورة في أربع وحدات قصيرة <strong>إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي</strong>: غاياته الأربع لسنة 2050، وأهدافه الثلاثة والعشرون لسنة 2030، وإطار الرصد المرتبط به.</p>
<p>وتتناول الوحدة الأخيرة حالة المغرب: تحيين الاستراتيجية الوطنية، وصياغة الأهداف الوطنية، ودور آلية تبادل المعلومات في إعداد التقارير. تُختتم الدورة باختبار قصير وشهادة مشاركة.</p>`,
        },
        fr: {
          title: 'Cours en ligne : introduction au Cadre mondial de la biodiversité de Kunming-Montréal',
          summary: "Un cours en autoformation en quatre modules qui explique les objectifs et les cibles du cadre mondial et leur traduction en cibles nationales.",
          body: `<p>Ce cours présente en quatre modules courts le <strong>Cadre mondial de la biodiversité de Kunming-Montréal</strong> : ses quatre objectifs pour 2050, ses vingt-trois cibles pour 2030 et son cadre de suivi.</p>
<p>Le dernier module porte sur le cas du Maroc : actualisation de la SPANB, formulation des cibles nationales et rôle du CHM dans le rapportage. Le cours se termine par un court quiz et une attestation de participation.</p>`,
        },
        en: {
          title: 'Online course: introduction to the Kunming-Montreal Global Biodiversity Framework',
          summary: 'A self-paced course in four modules explaining the goals and targets of the global framework and how they become national targets.',
          body: `<p>This course introduces the <strong>Kunming-Montreal Global Biodiversity Framework</strong> in four short modules: its four goals for 2050, its twenty-three targets for 2030 and its monitoring framework.</p>
<p>The final module looks at Morocco: updating the NBSAP, drafting national targets and the role of the CHM in reporting. The course ends with a short quiz and a certificate of participation.</p>`,
        },
      },
    },
  ];
}

/* ----------------------------------------------------------- media items */

function mediaItems(): SeedItem[] {
  return [
    {
      key: 'media-macaque-ifrane',
      type: 'media-item',
      publishedDaysAgo: 70,
      tags: ['GBF-TARGET-04'],
      fields: { mediaKind: 'image', mediaUrl: 'https://images.example.org/ma/macaque-cedraie-ifrane.jpg', licence: 'CC-BY-4.0' },
      translations: {
        ar: {
          title: 'قرد المكاك البربري في غابة الأرز بإفران',
          summary: 'أنثى من قرد المكاك البربري مع صغيرها على جذع أرز أطلسي بالمنتزه الوطني لإفران.',
          body: `<p>التُقطت هذه الصورة في فصل الربيع بغابة الأرز قرب أزرو، حيث تعيش مجموعات من قرد المكاك البربري. تذكير: يمنع إطعام القردة لأن ذلك يضر بصحتها ويغير سلوكها.</p>`,
          fields: { altText: 'أنثى قرد مكاك بربري تحمل صغيرها وهي جالسة على جذع شجرة أرز مغطى بالطحالب', credits: 'تصوير: يوسف أمالال / آلية تبادل المعلومات بالمغرب' },
        },
        fr: {
          title: "Macaque de Barbarie dans la cédraie d'Ifrane",
          summary: "Une femelle de macaque de Barbarie et son petit sur un tronc de cèdre de l'Atlas, au parc national d'Ifrane.",
          body: `<p>Cette photo a été prise au printemps dans la cédraie proche d'Azrou, où vivent plusieurs groupes de macaques. Rappel : il est interdit de nourrir les singes, ce qui nuit à leur santé et modifie leur comportement.</p>`,
          fields: { altText: 'Une femelle macaque de Barbarie portant son petit, assise sur un tronc de cèdre couvert de mousse', credits: 'Photo : Youssef Amalal / CHM Maroc' },
        },
        en: {
          title: 'Barbary macaque in the Ifrane cedar forest',
          summary: 'A female Barbary macaque and her infant on an Atlas cedar trunk in Ifrane National Park.',
          body: `<p>This photo was taken in spring in the cedar forest near Azrou, home to several macaque groups. Remember: feeding the macaques is forbidden, as it harms their health and changes their behaviour.</p>`,
          fields: { altText: 'A female Barbary macaque holding her infant, sitting on a moss-covered cedar trunk', credits: 'Photo: Youssef Amalal / Morocco CHM' },
        },
      },
    },
    {
      key: 'media-toubkal-winter',
      type: 'media-item',
      publishedDaysAgo: 125,
      tags: ['GBF-TARGET-03'],
      fields: { mediaKind: 'image', mediaUrl: 'https://images.example.org/ma/jbel-toubkal-hiver.jpg', licence: 'CC-BY-SA-4.0' },
      translations: {
        ar: {
          title: 'جبل توبقال تحت الثلوج',
          summary: 'منظر شتوي لقمة توبقال، أعلى قمة في شمال إفريقيا، من وادي إمليل.',
          body: `<p>تغذي الثلوج المتساقطة على قمم الأطلس الكبير الأودية والفرشات المائية التي تعتمد عليها الزراعة في سهل الحوز ومدينة مراكش.</p>`,
          fields: { altText: 'قمة جبل توبقال مغطاة بالثلوج فوق وادٍ تتخلله قرى أمازيغية وأشجار الجوز', credits: 'تصوير: حنان الإدريسي / المنتزه الوطني لتوبقال' },
        },
        fr: {
          title: 'Le jbel Toubkal sous la neige',
          summary: "Vue hivernale du Toubkal, point culminant de l'Afrique du Nord, depuis la vallée d'Imlil.",
          body: `<p>La neige qui tombe sur les sommets du Haut Atlas alimente les vallées et les nappes dont dépendent l'agriculture de la plaine du Haouz et la ville de Marrakech.</p>`,
          fields: { altText: 'Le sommet enneigé du jbel Toubkal au-dessus d’une vallée avec des villages amazighs et des noyers', credits: 'Photo : Hanane Idrissi / Parc national du Toubkal' },
        },
        en: {
          title: 'Jbel Toubkal under snow',
          summary: "A winter view of Toubkal, North Africa's highest peak, from the Imlil valley.",
          body: `<p>Snow on the High Atlas summits feeds the valleys and aquifers on which the farms of the Haouz plain and the city of Marrakech depend.</p>`,
          fields: { altText: 'The snow-covered summit of Jbel Toubkal above a valley with Amazigh villages and walnut trees', credits: 'Photo: Hanane Idrissi / Toubkal National Park' },
        },
      },
    },
    {
      key: 'media-flamingos-merja-zerga',
      type: 'media-item',
      publishedDaysAgo: 44,
      tags: ['GBF-TARGET-11', 'GBF-TARGET-04'],
      fields: { mediaKind: 'image', mediaUrl: 'https://images.example.org/ma/flamants-merja-zerga.jpg', licence: 'CC-BY-NC-4.0' },
      translations: {
        ar: {
          title: 'النحام الوردي في مرجة الزرقاء',
          summary: 'سرب من النحام الوردي يتغذى في المياه الضحلة لبحيرة مرجة الزرقاء خلال الإحصاء الشتوي.',
          body: `<p>التُقطت الصورة أثناء الإحصاء الشتوي للطيور المائية. يتغذى النحام الوردي بتصفية الطين بحثاً عن القشريات الصغيرة، ويحتاج إلى مياه هادئة بعيدة عن الإزعاج.</p>`,
          fields: { altText: 'عشرات من طيور النحام الوردي تقف في مياه ضحلة عند الغروب', credits: 'تصوير: متطوعو GREPOM' },
        },
        fr: {
          title: 'Flamants roses à Merja Zerga',
          summary: "Un groupe de flamants roses s'alimentant dans les eaux peu profondes de la lagune de Merja Zerga pendant le dénombrement hivernal.",
          body: `<p>Photo prise lors du dénombrement hivernal des oiseaux d'eau. Le flamant rose se nourrit en filtrant la vase à la recherche de petits crustacés et a besoin d'eaux calmes, à l'abri du dérangement.</p>`,
          fields: { altText: 'Des dizaines de flamants roses debout dans une eau peu profonde au coucher du soleil', credits: 'Photo : bénévoles du GREPOM' },
        },
        en: {
          title: 'Greater flamingos at Merja Zerga',
          summary: 'A flock of Greater flamingos feeding in the shallows of Merja Zerga lagoon during the winter census.',
          body: `<p>Photo taken during the winter waterbird census. Flamingos feed by filtering mud for small crustaceans and need calm water away from disturbance.</p>`,
          fields: { altText: 'Dozens of Greater flamingos standing in shallow water at sunset', credits: 'Photo: GREPOM volunteers' },
        },
      },
    },
    {
      key: 'media-video-bald-ibis',
      type: 'media-item',
      publishedDaysAgo: 11,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-03'],
      fields: { mediaKind: 'video', mediaUrl: 'https://www.youtube.com/watch?v=maCHMibis01', licence: 'all-rights-reserved' },
      translations: {
        ar: {
          title: 'فيديو: يوم مع حراس أبي منجل الأصلع في سوس ماسة',
          summary: 'فيلم قصير يرافق حراس مستعمرات أبي منجل الأصلع خلال موسم التكاثر.',
          body: `<p>يتابع هذا الفيلم القصير (8 دقائق) يوماً من عمل الحراس المحليين الذين يراقبون مستعمرات أبي منجل الأصلع على الجروف الساحلية، من إحصاء الأعشاش إلى التحسيس مع الصيادين والزوار.</p>`,
          fields: { altText: 'فيديو يُظهر طيور أبي منجل الأصلع على جرف بحري وحارساً يراقبها بالمنظار', credits: 'إنتاج: الوكالة الوطنية للمياه والغابات ومجموعة GREPOM' },
        },
        fr: {
          title: "Vidéo : une journée avec les gardiens de l'ibis chauve à Souss-Massa",
          summary: "Un court métrage aux côtés des gardiens des colonies d'ibis chauve pendant la saison de reproduction.",
          body: `<p>Ce court métrage (8 minutes) suit une journée de travail des gardiens locaux qui surveillent les colonies d'ibis chauve sur les falaises littorales, du comptage des nids à la sensibilisation des pêcheurs et des visiteurs.</p>`,
          fields: { altText: "Vidéo montrant des ibis chauves sur une falaise maritime et un gardien qui les observe aux jumelles", credits: 'Production : ANEF et GREPOM' },
        },
        en: {
          title: 'Video: a day with the bald ibis wardens of Souss-Massa',
          summary: 'A short film following the wardens of the Northern bald ibis colonies during the breeding season.',
          body: `<p>This short film (8 minutes) follows a working day of the local wardens who watch over the bald ibis colonies on the coastal cliffs, from counting nests to talking with fishers and visitors.</p>`,
          fields: { altText: 'Video showing Northern bald ibises on a sea cliff and a warden watching them through binoculars', credits: 'Produced by ANEF and GREPOM' },
        },
      },
    },
  ];
}

/* ------------------------------------------------------ related websites */

function relatedWebsites(): SeedItem[] {
  return [
    {
      key: 'link-cbd',
      type: 'related-website',
      publishedDaysAgo: 400,
      tags: ['GBF-TARGET-21'],
      fields: { url: 'https://www.cbd.int' },
      translations: {
        ar: {
          title: 'اتفاقية التنوع البيولوجي',
          summary: 'الموقع الرسمي لأمانة اتفاقية التنوع البيولوجي: القرارات، والإطار العالمي، والتقارير الوطنية.',
          body: `<p>يوفر موقع أمانة <strong>اتفاقية التنوع البيولوجي</strong> نصوص الاتفاقية وبروتوكوليها، وقرارات مؤتمر الأطراف، وإطار كونمينغ-مونتريال العالمي للتنوع البيولوجي، والتقارير والاستراتيجيات الوطنية لجميع الأطراف، ومن بينها المغرب.</p>`,
        },
        fr: {
          title: 'Convention sur la diversité biologique',
          summary: 'Le site officiel du Secrétariat de la CDB : décisions, cadre mondial et rapports nationaux.',
          body: `<p>Le site du Secrétariat de la <strong>Convention sur la diversité biologique</strong> donne accès aux textes de la Convention et de ses Protocoles, aux décisions de la Conférence des Parties, au Cadre mondial de la biodiversité de Kunming-Montréal ainsi qu'aux rapports et stratégies nationaux de toutes les Parties, dont le Maroc.</p>`,
        },
        en: {
          title: 'Convention on Biological Diversity',
          summary: 'The official website of the CBD Secretariat: decisions, the global framework and national reports.',
          body: `<p>The <strong>Convention on Biological Diversity</strong> Secretariat's website provides the texts of the Convention and its Protocols, COP decisions, the Kunming-Montreal Global Biodiversity Framework and the national reports and strategies of all Parties, including Morocco.</p>`,
        },
      },
    },
    {
      key: 'link-gbif',
      type: 'related-website',
      publishedDaysAgo: 399,
      tags: ['GBF-TARGET-21'],
      fields: { url: 'https://www.gbif.org' },
      translations: {
        ar: {
          title: 'المرفق العالمي لمعلومات التنوع البيولوجي (GBIF)',
          summary: 'شبكة دولية وبنية بيانات مفتوحة توفر ملايين سجلات رصد الأنواع، بما فيها سجلات من المغرب.',
          body: `<p>يتيح <strong>GBIF</strong> الولوج المجاني إلى بيانات حول أماكن وجود الأنواع عبر العالم، مصدرها المتاحف والمعشبات وبرامج الرصد وعلوم المواطن. ويمكن البحث فيه عن جميع السجلات المتعلقة بالمغرب وتحميلها.</p>`,
        },
        fr: {
          title: "Système mondial d'information sur la biodiversité (GBIF)",
          summary: "Un réseau international et une infrastructure de données ouvertes qui donne accès à des millions d'occurrences d'espèces, dont celles du Maroc.",
          body: `<p>Le <strong>GBIF</strong> offre un accès libre aux données sur la présence des espèces dans le monde, issues des musées, herbiers, programmes de suivi et sciences participatives. On peut y rechercher et télécharger toutes les occurrences relatives au Maroc.</p>`,
        },
        en: {
          title: 'Global Biodiversity Information Facility (GBIF)',
          summary: 'An international network and open data infrastructure giving access to millions of species occurrence records, including Morocco.',
          body: `<p><strong>GBIF</strong> offers free access to data on where species occur worldwide, drawn from museums, herbaria, monitoring programmes and citizen science. You can search and download all records for Morocco.</p>`,
        },
      },
    },
    {
      key: 'link-iucn-red-list',
      type: 'related-website',
      publishedDaysAgo: 398,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-21'],
      fields: { url: 'https://www.iucnredlist.org' },
      translations: {
        ar: {
          title: 'القائمة الحمراء للأنواع المهددة – الاتحاد الدولي لحماية الطبيعة',
          summary: 'المرجع العالمي لتقييم خطر انقراض الأنواع الحيوانية والنباتية والفطرية.',
          body: `<p>تقدم <strong>القائمة الحمراء</strong> للاتحاد الدولي لحماية الطبيعة معلومات حول وضعية حفظ أكثر من مئة وخمسين ألف نوع، وتوزيعها والتهديدات التي تواجهها. وهي مصدر تصنيفات الأنواع المعروضة على هذه البوابة.</p>`,
        },
        fr: {
          title: "Liste rouge des espèces menacées de l'UICN",
          summary: "La référence mondiale pour l'évaluation du risque d'extinction des espèces animales, végétales et fongiques.",
          body: `<p>La <strong>Liste rouge de l'UICN</strong> renseigne sur le statut de conservation de plus de cent cinquante mille espèces, leur répartition et les menaces qui pèsent sur elles. C'est la source des statuts affichés pour les espèces présentées sur ce portail.</p>`,
        },
        en: {
          title: 'The IUCN Red List of Threatened Species',
          summary: 'The global reference for assessing the extinction risk of animals, plants and fungi.',
          body: `<p>The <strong>IUCN Red List</strong> provides information on the conservation status, range and threats of more than 150,000 species. It is the source of the status shown for species on this portal.</p>`,
        },
      },
    },
    {
      key: 'link-ramsar',
      type: 'related-website',
      publishedDaysAgo: 397,
      tags: ['GBF-TARGET-11', 'GBF-TARGET-03'],
      fields: { url: 'https://www.ramsar.org' },
      translations: {
        ar: {
          title: 'اتفاقية رامسار بشأن الأراضي الرطبة',
          summary: 'الموقع الرسمي للاتفاقية الدولية لحماية الأراضي الرطبة والاستعمال الرشيد لها.',
          body: `<p>يعرض موقع <strong>اتفاقية رامسار</strong> قائمة الأراضي الرطبة ذات الأهمية الدولية، ومنها عشرات المواقع المغربية كمرجة الزرقاء وبحيرة خنيفيس وخليج الداخلة، إضافة إلى إرشادات تدبير هذه المواقع.</p>`,
        },
        fr: {
          title: 'Convention de Ramsar sur les zones humides',
          summary: "Le site officiel de la convention internationale pour la conservation et l'utilisation rationnelle des zones humides.",
          body: `<p>Le site de la <strong>Convention de Ramsar</strong> présente la liste des zones humides d'importance internationale, dont des dizaines de sites marocains comme Merja Zerga, la lagune de Khnifiss et la baie de Dakhla, ainsi que des lignes directrices pour leur gestion.</p>`,
        },
        en: {
          title: 'Ramsar Convention on Wetlands',
          summary: 'The official website of the international treaty for the conservation and wise use of wetlands.',
          body: `<p>The <strong>Ramsar Convention</strong> website lists Wetlands of International Importance, including dozens of Moroccan sites such as Merja Zerga, Khenifiss lagoon and Dakhla Bay, together with guidance on managing them.</p>`,
        },
      },
    },
    {
      key: 'link-protected-planet',
      type: 'related-website',
      publishedDaysAgo: 396,
      tags: ['GBF-TARGET-03'],
      fields: { url: 'https://www.protectedplanet.net' },
      translations: {
        ar: {
          title: 'Protected Planet – قاعدة البيانات العالمية للمناطق المحمية',
          summary: 'المنصة الرسمية لقاعدة البيانات العالمية للمناطق المحمية، التي يديرها برنامج الأمم المتحدة للبيئة والاتحاد الدولي لحماية الطبيعة.',
          body: `<p>يعرض موقع <strong>Protected Planet</strong> حدود المناطق المحمية وخصائصها في جميع بلدان العالم، ويُستعمل لحساب المؤشرات المتعلقة بالهدف 3 من الإطار العالمي للتنوع البيولوجي، أي حماية 30 في المائة من اليابسة والبحار بحلول 2030.</p>`,
        },
        fr: {
          title: 'Protected Planet – base de données mondiale sur les aires protégées',
          summary: "La plateforme officielle de la base de données mondiale sur les aires protégées, gérée par le PNUE et l'UICN.",
          body: `<p><strong>Protected Planet</strong> présente les limites et les caractéristiques des aires protégées de tous les pays du monde ; il sert au calcul des indicateurs de la cible 3 du Cadre mondial, qui vise à protéger 30 % des terres et des mers d'ici 2030.</p>`,
        },
        en: {
          title: 'Protected Planet – the World Database on Protected Areas',
          summary: 'The official platform of the World Database on Protected Areas, managed by UNEP and IUCN.',
          body: `<p><strong>Protected Planet</strong> shows the boundaries and characteristics of protected areas in every country and is used to calculate indicators for Target 3 of the Global Biodiversity Framework: protecting 30 per cent of land and sea by 2030.</p>`,
        },
      },
    },
  ];
}

/* ------------------------------------------------------------------ faqs */

function faqs(): SeedItem[] {
  const aboutChm = { ar: 'حول الآلية', fr: 'À propos du CHM', en: 'About the CHM' };
  return [
    {
      key: 'faq-what-is-chm',
      type: 'faq',
      publishedDaysAgo: 380,
      sortOrder: 1,
      tags: ['GBF-TARGET-21'],
      translations: {
        ar: {
          title: 'ما هي آلية تبادل المعلومات حول التنوع البيولوجي؟',
          body: `<p>آلية تبادل المعلومات (CHM) شبكة أُحدثت بموجب المادة 18 من اتفاقية التنوع البيولوجي لتعزيز التعاون العلمي والتقني وتبادل المعلومات بين الدول. ولكل طرف في الاتفاقية آلية وطنية، هذه البوابة هي صيغتها المغربية.</p>
<p>تجمع الآلية الوطنية المعلومات الصادرة عن الإدارات والمؤسسات العلمية والجمعيات، وتيسر الولوج إليها للعموم ولصناع القرار.</p>`,
          fields: { category: aboutChm.ar },
        },
        fr: {
          title: "Qu'est-ce que le Centre d'échange d'informations sur la biodiversité ?",
          body: `<p>Le Centre d'échange d'informations (CHM) est un réseau créé en application de l'article 18 de la Convention sur la diversité biologique pour promouvoir la coopération scientifique et technique et l'échange d'informations entre pays. Chaque Partie dispose d'un CHM national : ce portail en est la déclinaison marocaine.</p>
<p>Le CHM national rassemble les informations produites par les administrations, les institutions scientifiques et les associations, et en facilite l'accès pour le public et les décideurs.</p>`,
          fields: { category: aboutChm.fr },
        },
        en: {
          title: 'What is the biodiversity Clearing-House Mechanism?',
          body: `<p>The Clearing-House Mechanism (CHM) is a network set up under Article 18 of the Convention on Biological Diversity to promote technical and scientific cooperation and information exchange between countries. Each Party has a national CHM; this portal is Morocco's.</p>
<p>The national CHM brings together information from government bodies, scientific institutions and associations, and makes it easier for the public and decision-makers to find.</p>`,
          fields: { category: aboutChm.en },
        },
      },
    },
    {
      key: 'faq-how-to-contribute',
      type: 'faq',
      publishedDaysAgo: 379,
      sortOrder: 2,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-22'],
      translations: {
        ar: {
          title: 'كيف يمكن لمؤسستي أو جمعيتي نشر محتوى على البوابة؟',
          body: `<p>يمكن للمؤسسات العمومية والجامعات والجمعيات العاملة في مجال التنوع البيولوجي طلب حساب محرر عبر مراسلة فريق الآلية، مع تحديد اسم المؤسسة والشخص المسؤول عن المحتوى.</p>
<ul><li>تُراجَع المحتويات قبل نشرها من طرف فريق الآلية؛</li><li>يُستحسن تقديم المحتوى باللغتين العربية والفرنسية على الأقل؛</li><li>يجب احترام حقوق المؤلف وذكر مصادر الصور.</li></ul>`,
          fields: { category: 'المساهمة' },
        },
        fr: {
          title: 'Comment mon institution ou mon association peut-elle publier sur le portail ?',
          body: `<p>Les institutions publiques, universités et associations actives dans le domaine de la biodiversité peuvent demander un compte éditeur en écrivant à l'équipe du CHM, en précisant le nom de l'organisme et de la personne responsable des contenus.</p>
<ul><li>les contenus sont relus par l'équipe du CHM avant publication ;</li><li>il est souhaitable de fournir les contenus au moins en arabe et en français ;</li><li>le droit d'auteur doit être respecté et les crédits photo indiqués.</li></ul>`,
          fields: { category: 'Contribuer' },
        },
        en: {
          title: 'How can my institution or association publish on the portal?',
          body: `<p>Public institutions, universities and associations working on biodiversity can request an editor account by writing to the CHM team with the name of the organisation and the person responsible for content.</p>
<ul><li>content is reviewed by the CHM team before publication;</li><li>content should ideally be provided in at least Arabic and French;</li><li>copyright must be respected and photo credits given.</li></ul>`,
          fields: { category: 'Contributing' },
        },
      },
    },
    {
      key: 'faq-what-is-gbf',
      type: 'faq',
      publishedDaysAgo: 378,
      sortOrder: 3,
      tags: ['GBF-GOAL-A', 'GBF-TARGET-14'],
      translations: {
        ar: {
          title: 'ما هو إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي؟',
          body: `<p>هو الخطة العالمية للتنوع البيولوجي التي اعتمدها مؤتمر الأطراف الخامس عشر في مونتريال في دجنبر 2022. ويتضمن أربع غايات في أفق 2050 وثلاثة وعشرين هدفاً في أفق 2030، من بينها حماية 30 في المائة من اليابسة والبحار، وإعادة تأهيل 30 في المائة من النظم البيئية المتدهورة.</p>
<p>تلتزم الدول، ومنها المغرب، بتحيين استراتيجياتها الوطنية وتحديد أهداف وطنية تساهم في تحقيق الأهداف العالمية. للمزيد، يمكن زيارة <a href="https://www.cbd.int/gbf">صفحة الإطار على موقع الاتفاقية</a>.</p>`,
          fields: { category: 'السياسات' },
        },
        fr: {
          title: 'Qu’est-ce que le Cadre mondial de la biodiversité de Kunming-Montréal ?',
          body: `<p>C'est le plan mondial pour la biodiversité adopté par la COP 15 à Montréal en décembre 2022. Il comprend quatre objectifs pour 2050 et vingt-trois cibles pour 2030, dont la protection de 30 % des terres et des mers et la restauration de 30 % des écosystèmes dégradés.</p>
<p>Les pays, dont le Maroc, s'engagent à actualiser leur stratégie nationale et à fixer des cibles nationales contribuant aux cibles mondiales. Pour en savoir plus : <a href="https://www.cbd.int/gbf">la page du Cadre sur le site de la CDB</a>.</p>`,
          fields: { category: 'Politiques' },
        },
        en: {
          title: 'What is the Kunming-Montreal Global Biodiversity Framework?',
          body: `<p>It is the global plan for biodiversity adopted at COP 15 in Montreal in December 2022. It has four goals for 2050 and twenty-three targets for 2030, including protecting 30 per cent of land and sea and restoring 30 per cent of degraded ecosystems.</p>
<p>Countries, including Morocco, commit to updating their national strategies and setting national targets that contribute to the global ones. Learn more on <a href="https://www.cbd.int/gbf">the Framework's page on the CBD website</a>.</p>`,
          fields: { category: 'Policy' },
        },
      },
    },
    {
      key: 'faq-report-wildlife-trade',
      type: 'faq',
      publishedDaysAgo: 377,
      sortOrder: 4,
      tags: ['GBF-TARGET-05', 'GBF-TARGET-04'],
      translations: {
        ar: {
          title: 'ماذا أفعل إذا رأيت قرد مكاك أو سلحفاة برية معروضة للبيع أو للتصوير؟',
          body: `<p>بيع الأنواع المحمية أو حيازتها أو استعمالها للتصوير مقابل أجر ممنوع بموجب القانون رقم 29.05. لا تشتروا الحيوان حتى بدافع الشفقة، لأن ذلك يشجع على مزيد من الصيد غير المشروع.</p>
<p>دوّنوا المكان والتاريخ، والتقطوا صورة إن أمكن دون تعريض أنفسكم للخطر، ثم أبلغوا أقرب مصلحة تابعة للوكالة الوطنية للمياه والغابات أو السلطات المحلية.</p>`,
          fields: { category: 'حماية الأنواع' },
        },
        fr: {
          title: 'Que faire si je vois un macaque ou une tortue proposés à la vente ou pour des photos ?',
          body: `<p>La vente, la détention ou l'utilisation d'espèces protégées pour des photos payantes sont interdites par la loi n° 29-05. N'achetez pas l'animal, même par compassion : cela encourage de nouveaux prélèvements illégaux.</p>
<p>Notez le lieu et la date, prenez une photo si possible sans vous mettre en danger, puis signalez les faits au service le plus proche de l'Agence Nationale des Eaux et Forêts ou aux autorités locales.</p>`,
          fields: { category: 'Protection des espèces' },
        },
        en: {
          title: 'What should I do if I see a macaque or tortoise offered for sale or for photos?',
          body: `<p>Selling, keeping or using protected species for paid photos is prohibited under Law No. 29-05. Do not buy the animal, even out of pity: it encourages more illegal capture.</p>
<p>Note the place and date, take a photo if you can do so safely, and report it to the nearest office of the National Agency for Water and Forests or to the local authorities.</p>`,
          fields: { category: 'Species protection' },
        },
      },
    },
  ];
}

/* ----------------------------------------------------------------- pages */

function pages(): SeedItem[] {
  return [
    {
      key: 'page-about-chm',
      type: 'page',
      publishedDaysAgo: 400,
      sortOrder: 1,
      tags: ['GBF-TARGET-21', 'ma'],
      translations: {
        ar: {
          title: 'حول آلية تبادل المعلومات المغربية',
          slug: 'about',
          summary: 'تعرّفوا على آلية تبادل المعلومات حول التنوع البيولوجي بالمغرب: مهامها وشركاؤها وطريقة عملها.',
          body: `<p>تُعد <strong>آلية تبادل المعلومات حول التنوع البيولوجي بالمغرب</strong> البوابة الوطنية المرجعية للمعلومات المتعلقة بالتنوع البيولوجي، وقد أُحدثت تنفيذاً للمادة 18 من اتفاقية التنوع البيولوجي التي صادق عليها المغرب سنة 1995.</p>
<h2>مهامنا</h2>
<ul><li>تيسير الولوج إلى المعلومات العلمية والتقنية والقانونية حول التنوع البيولوجي الوطني؛</li><li>دعم تنفيذ الاستراتيجية وخطة العمل الوطنيتين وتتبعهما؛</li><li>تعزيز التعاون بين الإدارات والباحثين والمجتمع المدني؛</li><li>ربط المغرب بالشبكة العالمية لآليات تبادل المعلومات.</li></ul>
<h2>من يدير الآلية؟</h2>
<p>يشرف على الآلية قطاع التنمية المستدامة بوزارة الانتقال الطاقي والتنمية المستدامة، بتعاون وثيق مع الوكالة الوطنية للمياه والغابات والمعهد العلمي بالرباط والمعهد الوطني للبحث في الصيد البحري وجمعيات المجتمع المدني. وتُنشر المحتويات باللغات العربية والفرنسية والإنجليزية.</p>`,
        },
        fr: {
          title: 'À propos du CHM marocain',
          summary: "Découvrez le Centre d'échange d'informations sur la biodiversité du Maroc : ses missions, ses partenaires et son fonctionnement.",
          body: `<p>Le <strong>Centre d'échange d'informations sur la biodiversité du Maroc</strong> est le portail national de référence pour l'information sur la biodiversité. Il a été mis en place en application de l'article 18 de la Convention sur la diversité biologique, ratifiée par le Maroc en 1995.</p>
<h2>Nos missions</h2>
<ul><li>faciliter l'accès à l'information scientifique, technique et juridique sur la biodiversité nationale ;</li><li>appuyer la mise en œuvre et le suivi de la SPANB ;</li><li>renforcer la coopération entre administrations, chercheurs et société civile ;</li><li>relier le Maroc au réseau mondial des CHM.</li></ul>
<h2>Qui gère le CHM ?</h2>
<p>Le CHM est géré par le Département du Développement Durable du Ministère de la Transition Énergétique et du Développement Durable, en étroite collaboration avec l'Agence Nationale des Eaux et Forêts, l'Institut Scientifique de Rabat, l'Institut National de Recherche Halieutique et les associations. Les contenus sont publiés en arabe, en français et en anglais.</p>`,
        },
        en: {
          title: 'About the Moroccan CHM',
          summary: "Find out about Morocco's biodiversity Clearing-House Mechanism: what it does, who runs it and how it works.",
          body: `<p>The <strong>Morocco Biodiversity Clearing-House Mechanism</strong> is the national reference portal for biodiversity information. It was set up under Article 18 of the Convention on Biological Diversity, which Morocco ratified in 1995.</p>
<h2>Our mission</h2>
<ul><li>make scientific, technical and legal information on national biodiversity easy to find;</li><li>support the implementation and monitoring of the NBSAP;</li><li>strengthen cooperation between government, researchers and civil society;</li><li>connect Morocco to the global CHM network.</li></ul>
<h2>Who runs the CHM?</h2>
<p>The CHM is run by the Sustainable Development Department of the Ministry of Energy Transition and Sustainable Development, in close cooperation with the National Agency for Water and Forests, the Scientific Institute in Rabat, the National Institute for Fisheries Research and civil society associations. Content is published in Arabic, French and English.</p>`,
        },
      },
    },
    {
      key: 'page-biodiversity-in-morocco',
      type: 'page',
      publishedDaysAgo: 399,
      sortOrder: 2,
      tags: ['GBF-GOAL-A', 'ma'],
      translations: {
        ar: {
          title: 'التنوع البيولوجي في المغرب',
          slug: 'biodiversity-in-morocco',
          summary: 'بين البحر الأبيض المتوسط والمحيط الأطلسي والصحراء، يُعد المغرب من أغنى بلدان حوض المتوسط من حيث التنوع البيولوجي.',
          body: `<p>يتميز المغرب بتنوع استثنائي في أوساطه الطبيعية بفضل موقعه بين البحر الأبيض المتوسط والمحيط الأطلسي والصحراء، وبفضل سلاسله الجبلية التي يبلغ أعلاها 4167 متراً في جبل توبقال. ويمتد ساحله على نحو 3500 كيلومتر.</p>
<h2>أرقام رئيسية</h2>
<ul><li>أكثر من 24 ألف نوع حيواني معروف؛</li><li>أكثر من 4000 نوع من النباتات الوعائية، حوالي خُمسها مستوطن؛</li><li>عشرة منتزهات وطنية وأكثر من 150 موقعاً ذا أهمية بيولوجية وإيكولوجية؛</li><li>أربع محميات للمحيط الحيوي معترف بها من طرف اليونسكو، ونحو أربعين موقع رامسار.</li></ul>
<h2>التحديات</h2>
<p>يواجه هذا الرصيد ضغوطاً متزايدة: الجفاف وتغير المناخ، والاستغلال المفرط للموارد الرعوية والغابوية والبحرية، والتوسع العمراني على الساحل، والأنواع الغريبة الغازية، والتلوث. وتستجيب الاستراتيجية وخطة العمل الوطنيتان للتنوع البيولوجي لهذه التحديات.</p>`,
        },
        fr: {
          title: 'La biodiversité au Maroc',
          summary: 'Entre Méditerranée, Atlantique et Sahara, le Maroc est l’un des pays les plus riches du bassin méditerranéen en biodiversité.',
          body: `<p>Le Maroc présente une diversité exceptionnelle de milieux naturels grâce à sa position entre Méditerranée, Atlantique et Sahara, et à ses chaînes de montagnes culminant à 4 167 mètres au jbel Toubkal. Son littoral s'étend sur environ 3 500 kilomètres.</p>
<h2>Chiffres clés</h2>
<ul><li>plus de 24 000 espèces animales connues ;</li><li>plus de 4 000 espèces de plantes vasculaires, dont environ un cinquième endémiques ;</li><li>dix parcs nationaux et plus de 150 sites d'intérêt biologique et écologique ;</li><li>quatre réserves de biosphère reconnues par l'UNESCO et près de quarante sites Ramsar.</li></ul>
<h2>Les défis</h2>
<p>Ce patrimoine subit des pressions croissantes : sécheresse et changement climatique, surexploitation des ressources pastorales, forestières et halieutiques, urbanisation du littoral, espèces exotiques envahissantes et pollution. La SPANB apporte une réponse concertée à ces défis.</p>`,
        },
        en: {
          title: 'Biodiversity in Morocco',
          summary: 'Between the Mediterranean, the Atlantic and the Sahara, Morocco is one of the most biodiverse countries of the Mediterranean basin.',
          body: `<p>Morocco has an exceptional range of natural environments thanks to its position between the Mediterranean, the Atlantic and the Sahara, and to mountain ranges that rise to 4,167 metres at Jbel Toubkal. Its coastline runs for some 3,500 kilometres.</p>
<h2>Key figures</h2>
<ul><li>more than 24,000 known animal species;</li><li>more than 4,000 vascular plant species, about a fifth of them endemic;</li><li>ten national parks and over 150 sites of biological and ecological interest;</li><li>four UNESCO biosphere reserves and around forty Ramsar sites.</li></ul>
<h2>Challenges</h2>
<p>This natural heritage is under growing pressure from drought and climate change, overuse of rangeland, forest and fish resources, coastal development, invasive alien species and pollution. The NBSAP sets out a joint response to these challenges.</p>`,
        },
      },
    },
    {
      key: 'page-nbsap',
      type: 'page',
      publishedDaysAgo: 398,
      sortOrder: 3,
      tags: ['GBF-TARGET-14', 'GBF-GOAL-D', 'ma'],
      translations: {
        ar: {
          title: 'الاستراتيجية وخطة العمل الوطنيتان للتنوع البيولوجي',
          slug: 'nbsap',
          summary: 'الإطار الوطني لصون التنوع البيولوجي واستعماله المستدام وتقاسم منافعه بشكل عادل، في انسجام مع الإطار العالمي لكونمينغ-مونتريال.',
          body: `<p>اعتمد المغرب أول استراتيجية وطنية للتنوع البيولوجي سنة 2004، ثم <strong>الاستراتيجية وخطة العمل الوطنيتين للتنوع البيولوجي 2016-2020</strong>. وبعد اعتماد إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي سنة 2022، شرع المغرب في تحيين استراتيجيته وتحديد أهداف وطنية جديدة في أفق 2030.</p>
<h2>المحاور الرئيسية</h2>
<ul><li>الحد من التهديدات التي يتعرض لها التنوع البيولوجي؛</li><li>ضمان الاستعمال المستدام للموارد الطبيعية وتقاسم منافعها؛</li><li>إدماج التنوع البيولوجي في السياسات القطاعية والترابية؛</li><li>تعزيز المعارف والقدرات والتمويل.</li></ul>
<p>يمكن الاطلاع على مشروع الاستراتيجية المحيَّنة في قسم الوثائق، وعلى الأهداف الوطنية في القسم المخصص لها. كما تتوفر الاستراتيجيات السابقة على <a href="https://www.cbd.int/nbsap">موقع اتفاقية التنوع البيولوجي</a>.</p>`,
        },
        fr: {
          title: "Stratégie et Plan d'Action Nationaux pour la Biodiversité",
          summary: 'Le cadre national pour la conservation, l’utilisation durable et le partage équitable des avantages de la biodiversité, aligné sur le Cadre mondial de Kunming-Montréal.',
          body: `<p>Le Maroc a adopté sa première stratégie nationale de la biodiversité en 2004, puis la <strong>Stratégie et Plan d'Action Nationaux pour la Biodiversité 2016-2020</strong>. Depuis l'adoption du Cadre mondial de la biodiversité de Kunming-Montréal en 2022, il actualise sa stratégie et fixe de nouvelles cibles nationales pour 2030.</p>
<h2>Axes principaux</h2>
<ul><li>réduire les menaces qui pèsent sur la biodiversité ;</li><li>assurer l'utilisation durable des ressources naturelles et le partage de leurs avantages ;</li><li>intégrer la biodiversité dans les politiques sectorielles et territoriales ;</li><li>renforcer les connaissances, les capacités et le financement.</li></ul>
<p>Le projet de SPANB actualisée est disponible dans la rubrique Documents, et les cibles nationales dans leur rubrique dédiée. Les stratégies précédentes sont consultables sur <a href="https://www.cbd.int/nbsap">le site de la CDB</a>.</p>`,
        },
        en: {
          title: 'National Biodiversity Strategy and Action Plan',
          summary: 'The national framework for conserving biodiversity, using it sustainably and sharing its benefits fairly, aligned with the Kunming-Montreal Global Biodiversity Framework.',
          body: `<p>Morocco adopted its first national biodiversity strategy in 2004, followed by the <strong>National Biodiversity Strategy and Action Plan 2016-2020</strong>. Since the Kunming-Montreal Global Biodiversity Framework was adopted in 2022, Morocco has been updating its strategy and setting new national targets for 2030.</p>
<h2>Main pillars</h2>
<ul><li>reducing the threats to biodiversity;</li><li>ensuring the sustainable use of natural resources and the sharing of their benefits;</li><li>mainstreaming biodiversity into sectoral and regional policies;</li><li>strengthening knowledge, capacity and finance.</li></ul>
<p>The draft updated NBSAP is available in the Documents section, and the national targets in their own section. Earlier strategies can be found on <a href="https://www.cbd.int/nbsap">the CBD website</a>.</p>`,
        },
      },
    },
  ];
}
