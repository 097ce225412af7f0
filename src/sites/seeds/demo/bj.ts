/**
 * Demo site: Benin (Bénin). French by default, English second.
 *
 * Places, species, institutions and laws are real; contact persons, figures attached to
 * recent events and every e-mail address and phone number are invented for the demo.
 */
import { demoMenus } from '../demo-menus.ts';
import type { SeedSite } from '../seed-types.ts';

const ZONE = 'Africa/Porto-Novo';

const COTONOU = { lat: 6.3654, lng: 2.4183 };

export const bj: SeedSite = {
  code: 'bj',
  country: 'bj',
  names: {
    fr: "Centre d'échange d'informations du Bénin",
    en: 'Benin Clearing-House Mechanism',
  },
  defaultLanguage: 'fr',
  languages: ['fr', 'en'],
  contactEmail: 'chm-benin@example.org',
  theme: { primaryColor: '#8a3b12', accentColor: '#e0a800' },
  taglines: {
    fr: "La biodiversité du Bénin, de la Pendjari aux Bouches du Roy : partager l'information pour mieux la conserver",
    en: "Benin's biodiversity, from Pendjari to the Bouches du Roy: sharing information to conserve it better",
  },
  menus: demoMenus({ about: 'page-about', biodiversity: 'page-biodiversity-of-benin', nbsap: 'page-nbsap', partners: 'page-partners' }),
  items: (h) => [
    // ------------------------------------------------------------------ news
    {
      key: 'news-chm-launch',
      type: 'news',
      publishedDaysAgo: 2,
      sticky: true,
      promoted: true,
      tags: ['GBF-TARGET-21', 'bj'],
      translations: {
        fr: {
          title: "Le nouveau Centre d'échange d'informations du Bénin est en ligne",
          summary:
            "Le CHM national fait peau neuve : actualités, aires protégées, espèces et documents de référence sont désormais réunis sur un seul site bilingue.",
          body: `<p>Le ministère du Cadre de Vie et des Transports, chargé du Développement Durable, met en ligne la nouvelle version du <strong>Centre d'échange d'informations (CHM) du Bénin</strong>, le portail national prévu par l'article 18 de la Convention sur la diversité biologique.</p>
<p>Le site rassemble les informations produites par les services de l'État, les universités, les ONG et les communautés locales sur la biodiversité nationale :</p>
<ul><li>les aires protégées et les écosystèmes remarquables ;</li><li>les espèces menacées et envahissantes ;</li><li>la Stratégie et le plan d'action nationaux pour la biodiversité (SPANB) et les cibles nationales ;</li><li>les événements, projets et ressources pédagogiques.</li></ul>
<p>Les institutions partenaires peuvent proposer des contenus en écrivant au point focal national. Découvrez aussi le <a href="https://www.cbd.int/chm">réseau mondial du CHM</a>.</p>`,
        },
        en: {
          title: "Benin's new Clearing-House Mechanism website goes live",
          summary:
            'The national CHM has been rebuilt: news, protected areas, species and key documents are now brought together on a single bilingual site.',
          body: `<p>The Ministry of Living Environment and Transport, in charge of Sustainable Development, has launched the new version of the <strong>Benin Clearing-House Mechanism (CHM)</strong>, the national portal foreseen by Article 18 of the Convention on Biological Diversity.</p>
<p>The site gathers information on national biodiversity produced by government services, universities, NGOs and local communities:</p>
<ul><li>protected areas and remarkable ecosystems;</li><li>threatened and invasive species;</li><li>the National Biodiversity Strategy and Action Plan (NBSAP) and national targets;</li><li>events, projects and learning resources.</li></ul>
<p>Partner institutions can submit content by writing to the national focal point. You can also explore the <a href="https://www.cbd.int/chm">global CHM network</a>.</p>`,
        },
      },
    },
    {
      key: 'news-nbsap-update',
      type: 'news',
      publishedDaysAgo: 11,
      promoted: true,
      tags: ['GBF-TARGET-14', 'GBF-GOAL-D', 'bj'],
      fields: { sourceUrl: 'https://www.cbd.int/gbf' },
      translations: {
        fr: {
          title: "Le Bénin actualise sa SPANB pour l'aligner sur le Cadre mondial de Kunming-Montréal",
          summary:
            "Une série de consultations régionales prépare la nouvelle Stratégie et le plan d'action nationaux pour la biodiversité à l'horizon 2030.",
          body: `<p>Après l'adoption du <strong>Cadre mondial de la biodiversité de Kunming-Montréal</strong> en décembre 2022, le Bénin a engagé la révision de sa Stratégie et de son plan d'action nationaux pour la biodiversité (SPANB).</p>
<p>Des ateliers de consultation se tiennent à Parakou, Natitingou, Abomey et Cotonou. Ils réunissent les services déconcentrés des Eaux, Forêts et Chasse, les élus communaux, les associations de femmes transformatrices de karité, les pêcheurs des lagunes et les gardiens de forêts sacrées.</p>
<h2>Prochaines étapes</h2>
<p>Le projet de SPANB et de cibles nationales sera soumis à un atelier national de validation, puis transmis au Secrétariat de la Convention. Les documents de travail sont consultables sur ce site.</p>`,
          fields: { source: 'Secrétariat de la CDB' },
        },
        en: {
          title: 'Benin updates its NBSAP to align with the Kunming-Montreal Global Biodiversity Framework',
          summary:
            'A series of regional consultations is preparing the new National Biodiversity Strategy and Action Plan for 2030.',
          body: `<p>Following the adoption of the <strong>Kunming-Montreal Global Biodiversity Framework</strong> in December 2022, Benin has begun revising its National Biodiversity Strategy and Action Plan (NBSAP).</p>
<p>Consultation workshops are being held in Parakou, Natitingou, Abomey and Cotonou. They bring together the regional offices of the Forestry Service, municipal councillors, women's shea-processing associations, lagoon fishers and the custodians of sacred forests.</p>
<h2>Next steps</h2>
<p>The draft NBSAP and national targets will be submitted to a national validation workshop and then sent to the Secretariat of the Convention. Working documents are available on this site.</p>`,
          fields: { source: 'CBD Secretariat' },
        },
      },
    },
    {
      key: 'news-nokoue-hyacinth',
      type: 'news',
      publishedDaysAgo: 27,
      tags: ['GBF-TARGET-06', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'bj'],
      translations: {
        fr: {
          title: "Lac Nokoué : les pêcheurs mobilisés contre la jacinthe d'eau",
          summary:
            "À Ganvié et So-Ava, des brigades villageoises retirent la jacinthe d'eau et la transforment en compost et en biogaz.",
          body: `<p>La jacinthe d'eau (<em>Pontederia crassipes</em>), plante aquatique envahissante originaire d'Amérique du Sud, recouvre chaque année de vastes surfaces du lac Nokoué. Elle gêne la navigation, asphyxie les acadjas et réduit les prises des pêcheurs.</p>
<p>Dans la commune de So-Ava, des brigades composées de pêcheurs et de femmes mareyeuses retirent la plante à la main pendant la saison des hautes eaux. La biomasse récoltée est compostée pour le maraîchage ou valorisée en biogaz.</p>
<p>Cette action contribue à la cible 6 du Cadre mondial de la biodiversité, qui vise à réduire d'au moins 50 % l'introduction et l'établissement des espèces exotiques envahissantes d'ici 2030.</p>`,
        },
        en: {
          title: 'Lake Nokoué: fishers take action against water hyacinth',
          summary:
            'In Ganvié and So-Ava, village brigades are removing water hyacinth and turning it into compost and biogas.',
          body: `<p>Water hyacinth (<em>Pontederia crassipes</em>), an invasive aquatic plant native to South America, covers large parts of Lake Nokoué every year. It hampers boat traffic, chokes the <em>acadja</em> fish parks and reduces fishers' catches.</p>
<p>In the municipality of So-Ava, brigades of fishers and women fish traders remove the plant by hand during the high-water season. The harvested biomass is composted for market gardening or turned into biogas.</p>
<p>This work contributes to Target 6 of the Global Biodiversity Framework, which aims to cut the introduction and establishment of invasive alien species by at least 50% by 2030.</p>`,
        },
      },
    },
    {
      key: 'news-sea-turtles-grand-popo',
      type: 'news',
      publishedDaysAgo: 58,
      tags: ['GBF-TARGET-04', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'bj'],
      translations: {
        fr: {
          title: 'Saison de ponte des tortues marines : les plages de Grand-Popo sous surveillance',
          summary:
            'Des écogardes communautaires patrouillent chaque nuit le littoral de Grand-Popo et de Ouidah pour protéger les nids de tortues olivâtres et de tortues luths.',
          body: `<p>De septembre à mars, les tortues marines viennent pondre sur les plages du littoral béninois. La <strong>tortue olivâtre</strong> (<em>Lepidochelys olivacea</em>) y est la plus fréquente, mais la tortue luth et la tortue verte fréquentent également la côte.</p>
<p>À Grand-Popo, des écogardes issus des villages côtiers patrouillent la plage la nuit, déplacent les nids menacés par l'érosion vers des écloseries protégées et sensibilisent les pêcheurs aux captures accidentelles.</p>
<p>Les observations sont saisies dans une base de données commune qui alimentera les rapports nationaux et le <a href="https://www.gbif.org">Système mondial d'information sur la biodiversité (GBIF)</a>.</p>`,
        },
        en: {
          title: 'Sea turtle nesting season: Grand-Popo beaches under watch',
          summary:
            'Community eco-guards patrol the Grand-Popo and Ouidah shoreline every night to protect olive ridley and leatherback nests.',
          body: `<p>From September to March, sea turtles come ashore to nest on Benin's beaches. The <strong>olive ridley</strong> (<em>Lepidochelys olivacea</em>) is the most common, but leatherback and green turtles also use the coast.</p>
<p>In Grand-Popo, eco-guards from coastal villages patrol the beach at night, move nests threatened by erosion to protected hatcheries and raise fishers' awareness of bycatch.</p>
<p>Observations are entered into a shared database that will feed national reports and the <a href="https://www.gbif.org">Global Biodiversity Information Facility (GBIF)</a>.</p>`,
        },
      },
    },
    {
      key: 'news-kpasse-restoration',
      type: 'news',
      publishedDaysAgo: 93,
      tags: ['GBF-TARGET-02', 'GBF-TARGET-22', 'bj'],
      translations: {
        fr: {
          title: 'Ouidah : la forêt sacrée de Kpassè retrouve des essences locales',
          summary:
            "Gardiens du culte, élèves et services forestiers ont replanté des essences indigènes en lisière de la forêt sacrée de Kpassè.",
          body: `<p>Au cœur de la ville de Ouidah, la <strong>forêt sacrée de Kpassè</strong> est à la fois un haut lieu du patrimoine vodun et un îlot de forêt naturelle dans un paysage urbanisé.</p>
<p>Avec l'accord des dignitaires du culte, les services des Eaux, Forêts et Chasse et des élèves de la commune ont planté des essences locales comme l'iroko (<em>Milicia excelsa</em>) et le fromager (<em>Ceiba pentandra</em>) sur les lisières dégradées.</p>
<p>Les forêts sacrées, conservées depuis des générations par les communautés, pourraient être reconnues comme « autres mesures de conservation efficaces par zone » (AMCE) au titre de la cible 3 du Cadre mondial.</p>`,
        },
        en: {
          title: 'Ouidah: native trees return to the Kpassè sacred forest',
          summary:
            'Shrine custodians, pupils and forestry staff have replanted native tree species along the edge of the Kpassè sacred forest.',
          body: `<p>In the heart of Ouidah, the <strong>Kpassè sacred forest</strong> is both a major Vodun heritage site and a patch of natural forest in an urban landscape.</p>
<p>With the agreement of the shrine's dignitaries, the Forestry Service and local pupils planted native species such as iroko (<em>Milicia excelsa</em>) and kapok (<em>Ceiba pentandra</em>) along the degraded edges.</p>
<p>Sacred forests, conserved by communities for generations, could be recognised as "other effective area-based conservation measures" (OECMs) under Target 3 of the Global Framework.</p>`,
        },
      },
    },
    {
      key: 'news-manatee-oueme',
      type: 'news',
      publishedDaysAgo: 131,
      tags: ['GBF-TARGET-04', 'bj'],
      translations: {
        fr: {
          title: "Un lamantin d'Afrique observé dans la basse vallée de l'Ouémé",
          summary:
            "Des pêcheurs d'Adjohoun ont signalé un lamantin d'Afrique de l'Ouest, espèce vulnérable rarement observée dans le fleuve.",
          body: `<p>Des pêcheurs de la commune d'Adjohoun ont photographié un <strong>lamantin d'Afrique de l'Ouest</strong> (<em>Trichechus senegalensis</em>) dans un bras de l'Ouémé. L'observation a été confirmée par une équipe de l'Université d'Abomey-Calavi.</p>
<p>Classé « vulnérable » sur la Liste rouge de l'UICN, le lamantin est menacé par les captures accidentelles dans les filets, la chasse et la dégradation des herbiers aquatiques.</p>
<p>Toute observation peut être signalée au point focal du CHM : photo, date et lieu suffisent pour enrichir les données nationales.</p>`,
        },
        en: {
          title: 'West African manatee sighted in the lower Ouémé valley',
          summary:
            'Fishers from Adjohoun reported a West African manatee, a vulnerable species rarely seen in the river.',
          body: `<p>Fishers from the municipality of Adjohoun photographed a <strong>West African manatee</strong> (<em>Trichechus senegalensis</em>) in a side channel of the Ouémé. The sighting was confirmed by a team from the University of Abomey-Calavi.</p>
<p>Listed as Vulnerable on the IUCN Red List, the manatee is threatened by accidental capture in fishing nets, hunting and the loss of aquatic vegetation.</p>
<p>Any sighting can be reported to the CHM focal point: a photo, a date and a location are enough to enrich the national data.</p>`,
        },
      },
    },
    {
      key: 'news-mono-mangroves',
      type: 'news',
      publishedDaysAgo: 184,
      tags: ['GBF-TARGET-02', 'GBF-TARGET-08', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      translations: {
        fr: {
          title: 'Delta du Mono : les communautés replantent la mangrove des Bouches du Roy',
          summary:
            'Des associations villageoises ont replanté des palétuviers sur des berges dégradées de la réserve de biosphère transfrontalière du Mono.',
          body: `<p>Dans la zone des <strong>Bouches du Roy</strong>, où le fleuve Mono rejoint l'océan Atlantique, des associations villageoises ont replanté des palétuviers rouges (<em>Rhizophora racemosa</em>) et blancs (<em>Avicennia germinans</em>) sur des berges dégradées par la coupe de bois de chauffe.</p>
<p>La mangrove sert de frayère aux poissons, protège les villages de l'érosion et stocke du carbone. Les planteurs sont formés au suivi de la survie des plants, et des foyers améliorés sont diffusés pour réduire la demande en bois.</p>`,
        },
        en: {
          title: 'Mono delta: communities replant the Bouches du Roy mangroves',
          summary:
            'Village associations have replanted mangrove trees on degraded banks of the Mono transboundary biosphere reserve.',
          body: `<p>In the <strong>Bouches du Roy</strong> area, where the Mono River meets the Atlantic Ocean, village associations have replanted red (<em>Rhizophora racemosa</em>) and black (<em>Avicennia germinans</em>) mangroves on banks degraded by firewood cutting.</p>
<p>Mangroves are nursery grounds for fish, protect villages from erosion and store carbon. Planters are trained to monitor seedling survival, and improved cookstoves are being distributed to reduce the demand for wood.</p>`,
        },
      },
    },
    {
      key: 'news-wap-aerial-survey',
      type: 'news',
      publishedDaysAgo: 246,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-21', 'bj'],
      fields: { sourceUrl: 'https://www.africanparks.org/the-parks/pendjari' },
      translations: {
        fr: {
          title: 'Complexe W-Arly-Pendjari : résultats du dernier comptage aérien de la faune',
          summary:
            "Le comptage aérien confirme l'importance du complexe WAP pour les éléphants, les buffles et les grandes antilopes d'Afrique de l'Ouest.",
          body: `<p>Réalisé en saison sèche, le comptage aérien du complexe transfrontalier <strong>W-Arly-Pendjari</strong> (Bénin, Burkina Faso, Niger) a couvert les parcs nationaux de la Pendjari et du W ainsi que leurs zones cynégétiques.</p>
<p>Les résultats confirment que le complexe abrite la plus importante population d'éléphants de savane d'Afrique de l'Ouest, ainsi que des effectifs stables de buffles, d'hippotragues et de bubales.</p>
<p>Ces données orientent la répartition des patrouilles et le suivi de la cible 4 du Cadre mondial sur la conservation des espèces.</p>`,
          fields: { source: 'African Parks / CENAGREF' },
        },
        en: {
          title: 'W-Arly-Pendjari complex: results of the latest aerial wildlife survey',
          summary:
            'The aerial count confirms the importance of the WAP complex for elephants, buffalo and large antelopes in West Africa.',
          body: `<p>Carried out in the dry season, the aerial survey of the transboundary <strong>W-Arly-Pendjari</strong> complex (Benin, Burkina Faso, Niger) covered Pendjari and W national parks and their hunting zones.</p>
<p>The results confirm that the complex holds West Africa's largest population of savanna elephants, as well as stable numbers of buffalo, roan antelope and hartebeest.</p>
<p>These data guide the deployment of patrols and the monitoring of Target 4 of the Global Framework on species conservation.</p>`,
          fields: { source: 'African Parks / CENAGREF' },
        },
      },
    },

    // ---------------------------------------------------------------- events
    {
      key: 'event-nbsap-validation',
      type: 'event',
      publishedDaysAgo: 6,
      promoted: true,
      point: COTONOU,
      tags: ['GBF-TARGET-14', 'GBF-GOAL-D', 'bj'],
      fields: {
        start: h.at(12, '09:00', ZONE),
        end: h.at(13, '16:30', ZONE),
        attendance: 'in-person',
      },
      translations: {
        fr: {
          title: 'Atelier national de validation de la SPANB et des cibles nationales',
          summary:
            "Deux jours pour examiner et valider le projet de Stratégie et de plan d'action nationaux pour la biodiversité aligné sur le Cadre mondial.",
          body: `<p>L'atelier réunit les ministères sectoriels, les collectivités territoriales, la recherche, le secteur privé, les ONG et les représentants des communautés locales.</p>
<h2>Programme</h2>
<ul><li>Jour 1 : présentation du projet de SPANB et des cibles nationales ; travaux de groupes par objectif du Cadre mondial.</li><li>Jour 2 : plan de mobilisation des ressources, dispositif de suivi et adoption des recommandations.</li></ul>
<p>La participation se fait sur invitation. Les documents préparatoires sont disponibles dans la rubrique Documents.</p>`,
          fields: {
            location: 'Cotonou, salle de conférence du ministère du Cadre de Vie',
            organiser: 'Ministère du Cadre de Vie et des Transports, chargé du Développement Durable',
          },
        },
        en: {
          title: 'National validation workshop for the NBSAP and national targets',
          summary:
            'Two days to review and validate the draft National Biodiversity Strategy and Action Plan aligned with the Global Framework.',
          body: `<p>The workshop brings together sector ministries, local governments, researchers, the private sector, NGOs and representatives of local communities.</p>
<h2>Programme</h2>
<ul><li>Day 1: presentation of the draft NBSAP and national targets; working groups on each goal of the Global Framework.</li><li>Day 2: resource mobilisation plan, monitoring framework and adoption of recommendations.</li></ul>
<p>Participation is by invitation. Preparatory documents are available in the Documents section.</p>`,
          fields: {
            location: 'Cotonou, conference room of the Ministry of Living Environment',
            organiser: 'Ministry of Living Environment and Transport, in charge of Sustainable Development',
          },
        },
      },
    },
    {
      key: 'event-gbif-webinar',
      type: 'event',
      publishedDaysAgo: 9,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: {
        start: h.at(20, '10:00', ZONE),
        end: h.at(20, '12:00', ZONE),
        attendance: 'online',
        onlineUrl: 'https://meet.example.org/chm-bj-gbif',
        eventUrl: 'https://www.gbif.org',
      },
      translations: {
        fr: {
          title: 'Webinaire : publier ses données de biodiversité sur le GBIF',
          summary:
            "Une initiation pratique pour les chercheurs, étudiants et gestionnaires d'aires protégées qui souhaitent partager leurs données d'occurrence.",
          body: `<p>Ce webinaire présente les standards Darwin Core, la préparation d'un jeu de données d'occurrences et sa publication via un outil IPT.</p>
<p>Il s'adresse en priorité aux laboratoires de l'Université d'Abomey-Calavi et de l'Université de Parakou, ainsi qu'aux équipes de suivi écologique des parcs nationaux.</p>
<p>Inscription gratuite ; le lien de connexion est envoyé la veille.</p>`,
          fields: {
            location: 'En ligne',
            organiser: "Point focal national du CHM et Université d'Abomey-Calavi",
          },
        },
        en: {
          title: 'Webinar: publishing your biodiversity data on GBIF',
          summary:
            'A hands-on introduction for researchers, students and protected-area managers who want to share their occurrence data.',
          body: `<p>This webinar covers the Darwin Core standard, preparing an occurrence dataset and publishing it through an IPT installation.</p>
<p>It is aimed primarily at laboratories of the University of Abomey-Calavi and the University of Parakou, and at the ecological monitoring teams of the national parks.</p>
<p>Registration is free; the connection link is sent the day before.</p>`,
          fields: {
            location: 'Online',
            organiser: 'National CHM focal point and University of Abomey-Calavi',
          },
        },
      },
    },
    {
      key: 'event-biodiversity-fair-porto-novo',
      type: 'event',
      publishedDaysAgo: 15,
      point: { lat: 6.4969, lng: 2.6289 },
      tags: ['GBF-TARGET-22', 'GBF-TARGET-21', 'bj'],
      fields: {
        start: h.at(35, '09:00', ZONE),
        end: h.at(36, '18:00', ZONE),
        attendance: 'hybrid',
        onlineUrl: 'https://meet.example.org/foire-biodiversite-bj',
      },
      translations: {
        fr: {
          title: 'Foire de la biodiversité et des savoirs locaux de Porto-Novo',
          summary:
            "Deux journées d'exposition et de débats sur les plantes médicinales, les semences paysannes et les forêts sacrées.",
          body: `<p>La foire accueille des tradipraticiens, des groupements de femmes transformatrices, des pépiniéristes et des associations de protection de la nature venus de tout le pays.</p>
<ul><li>Stands sur les plantes médicinales et les produits forestiers non ligneux</li><li>Table ronde sur les forêts sacrées et le Cadre mondial de la biodiversité</li><li>Animations pour les scolaires</li></ul>
<p>Les tables rondes sont retransmises en ligne.</p>`,
          fields: {
            location: 'Porto-Novo, Jardin des plantes et de la nature',
            organiser: 'Direction Générale des Eaux, Forêts et Chasse',
          },
        },
        en: {
          title: 'Porto-Novo biodiversity and local knowledge fair',
          summary:
            "Two days of exhibitions and debates on medicinal plants, farmers' seeds and sacred forests.",
          body: `<p>The fair welcomes traditional healers, women's processing groups, tree nursery operators and conservation associations from all over the country.</p>
<ul><li>Stands on medicinal plants and non-timber forest products</li><li>Round table on sacred forests and the Global Biodiversity Framework</li><li>Activities for school groups</li></ul>
<p>The round tables are streamed online.</p>`,
          fields: {
            location: 'Porto-Novo, Botanical and Nature Garden',
            organiser: 'Directorate General of Water, Forests and Hunting',
          },
        },
      },
    },
    {
      key: 'event-ecoguard-training-tanguieta',
      type: 'event',
      publishedDaysAgo: 21,
      point: { lat: 10.6217, lng: 1.2656 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-20', 'bj'],
      fields: {
        start: h.at(50, '08:00', ZONE),
        end: h.at(54, '17:00', ZONE),
        attendance: 'in-person',
      },
      translations: {
        fr: {
          title: 'Formation des écogardes au suivi écologique SMART à Tanguiéta',
          summary:
            "Une session de cinq jours pour former les écogardes des parcs de la Pendjari et du W à la collecte de données de patrouille avec l'outil SMART.",
          body: `<p>Cette formation porte sur la saisie des observations de faune et des indices d'activités illégales sur smartphone, la synchronisation des données et la production de rapports mensuels.</p>
<p>Elle comprend une sortie de terrain dans le <strong>Parc national de la Pendjari</strong>.</p>`,
          fields: {
            location: 'Tanguiéta, base du Parc national de la Pendjari',
            organiser: 'CENAGREF et African Parks',
          },
        },
        en: {
          title: 'SMART ecological monitoring training for eco-guards in Tanguiéta',
          summary:
            'A five-day session training eco-guards from Pendjari and W parks to collect patrol data with the SMART tool.',
          body: `<p>The training covers recording wildlife observations and signs of illegal activity on smartphones, synchronising data and producing monthly reports.</p>
<p>It includes a field trip in <strong>Pendjari National Park</strong>.</p>`,
          fields: {
            location: 'Tanguiéta, Pendjari National Park headquarters',
            organiser: 'CENAGREF and African Parks',
          },
        },
      },
    },
    {
      key: 'event-marine-forum-grand-popo',
      type: 'event',
      publishedDaysAgo: 30,
      point: { lat: 6.2833, lng: 1.8167 },
      tags: ['GBF-TARGET-03', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: {
        start: h.at(78, '09:00', ZONE),
        end: h.at(79, '13:00', ZONE),
        attendance: 'in-person',
      },
      translations: {
        fr: {
          title: 'Forum sur la conservation du littoral et des aires marines protégées',
          summary:
            'Pêcheurs, communes côtières et chercheurs se réunissent à Grand-Popo pour discuter de la protection du littoral béninois.',
          body: `<p>Le forum fera le point sur l'érosion côtière, la pêche artisanale, la protection des tortues marines et les perspectives de création d'aires marines protégées le long des 121 km de côte du Bénin.</p>
<p>Les conclusions alimenteront les cibles nationales relatives aux zones côtières et marines.</p>`,
          fields: {
            location: 'Grand-Popo, salle des fêtes de la mairie',
            organiser: "Ministère du Cadre de Vie et des Transports, avec les communes du littoral",
          },
        },
        en: {
          title: 'Forum on coastal conservation and marine protected areas',
          summary:
            "Fishers, coastal municipalities and researchers meet in Grand-Popo to discuss the protection of Benin's coastline.",
          body: `<p>The forum will review coastal erosion, small-scale fisheries, sea turtle protection and the prospects for marine protected areas along Benin's 121 km coastline.</p>
<p>Its conclusions will feed into the national targets on coastal and marine areas.</p>`,
          fields: {
            location: 'Grand-Popo, town hall function room',
            organiser: 'Ministry of Living Environment and Transport, with the coastal municipalities',
          },
        },
      },
    },
    {
      key: 'event-wetlands-day-ganvie',
      type: 'event',
      publishedDaysAgo: 55,
      point: { lat: 6.4667, lng: 2.4167 },
      tags: ['GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-06', 'bj'],
      fields: {
        start: h.at(-40, '08:30', ZONE),
        end: h.at(-40, '14:00', ZONE),
        attendance: 'in-person',
      },
      translations: {
        fr: {
          title: 'Journée de sensibilisation sur les zones humides à Ganvié',
          summary:
            "Une journée d'échanges sur le lac Nokoué avec les pêcheurs, les élèves et les autorités de So-Ava.",
          body: `<p>Organisée au cœur de la cité lacustre de Ganvié, la journée a présenté le site Ramsar de la basse vallée de l'Ouémé, de la lagune de Porto-Novo et du lac Nokoué.</p>
<p>Au programme : une sortie en pirogue, un concours de dessin pour les écoles et un débat sur les acadjas et la surpêche.</p>`,
          fields: {
            location: 'Ganvié, commune de So-Ava',
            organiser: 'Direction Générale des Eaux, Forêts et Chasse et mairie de So-Ava',
          },
        },
        en: {
          title: 'Wetlands awareness day in Ganvié',
          summary: 'A day of exchanges on Lake Nokoué with fishers, pupils and the So-Ava authorities.',
          body: `<p>Held in the heart of the lake village of Ganvié, the day introduced the Ramsar site of the lower Ouémé valley, Porto-Novo lagoon and Lake Nokoué.</p>
<p>The programme included a dugout canoe trip, a drawing competition for schools and a debate on <em>acadja</em> fish parks and overfishing.</p>`,
          fields: {
            location: 'Ganvié, municipality of So-Ava',
            organiser: 'Directorate General of Water, Forests and Hunting and So-Ava town council',
          },
        },
      },
    },
    {
      key: 'event-chm-launch-workshop',
      type: 'event',
      publishedDaysAgo: 110,
      point: COTONOU,
      tags: ['GBF-TARGET-21', 'bj'],
      fields: {
        start: h.at(-95, '09:00', ZONE),
        end: h.at(-95, '16:00', ZONE),
        attendance: 'hybrid',
        onlineUrl: 'https://meet.example.org/chm-bj-lancement',
      },
      translations: {
        fr: {
          title: 'Atelier de lancement du réseau national du CHM',
          summary:
            "Les institutions partenaires ont désigné leurs correspondants et adopté les règles de publication du Centre d'échange d'informations.",
          body: `<p>L'atelier a réuni une trentaine d'institutions publiques, universitaires et associatives. Chacune a désigné un correspondant chargé de transmettre les informations à publier sur le CHM.</p>
<p>Les participants ont adopté une charte éditoriale bilingue et un calendrier de mise en ligne des premiers contenus.</p>`,
          fields: {
            location: 'Cotonou et en ligne',
            organiser: 'Point focal national du CHM',
          },
        },
        en: {
          title: 'Launch workshop of the national CHM network',
          summary:
            'Partner institutions appointed their correspondents and adopted the publishing rules of the Clearing-House Mechanism.',
          body: `<p>The workshop brought together some thirty public, academic and civil society institutions. Each appointed a correspondent responsible for sending information to be published on the CHM.</p>
<p>Participants adopted a bilingual editorial charter and a timetable for putting the first content online.</p>`,
          fields: {
            location: 'Cotonou and online',
            organiser: 'National CHM focal point',
          },
        },
      },
    },
    {
      key: 'event-lama-monkey-survey',
      type: 'event',
      publishedDaysAgo: 170,
      point: { lat: 6.9583, lng: 2.1667 },
      tags: ['GBF-TARGET-04', 'bj'],
      fields: {
        start: h.at(-150, '06:00', ZONE),
        end: h.at(-148, '18:00', ZONE),
        attendance: 'in-person',
      },
      translations: {
        fr: {
          title: 'Inventaire participatif des primates de la forêt de la Lama',
          summary:
            'Étudiants, guides et riverains ont parcouru les transects du noyau central pour dénombrer les groupes de singes à ventre rouge.',
          body: `<p>Pendant trois jours, des équipes mixtes ont parcouru les transects du noyau central de la forêt classée de la Lama afin d'estimer l'abondance du <strong>singe à ventre rouge</strong> et des autres primates.</p>
<p>Les données recueillies serviront à actualiser le plan d'aménagement de la forêt.</p>`,
          fields: {
            location: 'Forêt classée de la Lama, Zou',
            organiser: "Laboratoire d'écologie appliquée, Université d'Abomey-Calavi",
          },
        },
        en: {
          title: 'Participatory primate survey in the Lama forest',
          summary:
            'Students, guides and local residents walked the transects of the core zone to count groups of red-bellied monkeys.',
          body: `<p>Over three days, mixed teams walked the transects of the core zone of the Lama classified forest to estimate the abundance of the <strong>red-bellied monkey</strong> and other primates.</p>
<p>The data collected will be used to update the forest's management plan.</p>`,
          fields: {
            location: 'Lama classified forest, Zou department',
            organiser: 'Laboratory of Applied Ecology, University of Abomey-Calavi',
          },
        },
      },
    },

    // ------------------------------------------------------------- documents
    {
      key: 'doc-nbsap-draft',
      type: 'document',
      publishedDaysAgo: 8,
      tags: ['GBF-TARGET-03', 'GBF-TARGET-14', 'GBF-GOAL-D', 'bj'],
      fields: {
        documentType: 'strategy',
        publicationDate: h.date(-8),
        authors: ['Comité national de révision de la SPANB'],
      },
      translations: {
        fr: {
          title: "Projet de Stratégie et plan d'action nationaux pour la biodiversité 2025-2030",
          summary:
            'Version soumise à validation de la SPANB révisée, avec les cibles nationales alignées sur le Cadre mondial de Kunming-Montréal.',
          body: `<p>Ce projet de SPANB présente la vision nationale pour la biodiversité, <strong>les cibles nationales à l'horizon 2030</strong>, le plan d'action chiffré et le dispositif de suivi-évaluation.</p>
<p>Les observations peuvent être adressées au point focal national jusqu'à l'atelier de validation.</p>`,
          fields: {
            publisher: 'Ministère du Cadre de Vie et des Transports, chargé du Développement Durable',
            files: [{ url: 'https://files.example.org/bj/spanb-2025-2030-projet.pdf', title: 'Projet de SPANB (PDF, français)' }],
          },
        },
        en: {
          title: 'Draft National Biodiversity Strategy and Action Plan 2025-2030',
          summary:
            'The version of the revised NBSAP submitted for validation, with national targets aligned with the Kunming-Montreal Global Framework.',
          body: `<p>This draft NBSAP sets out the national vision for biodiversity, <strong>the national targets for 2030</strong>, the costed action plan and the monitoring and evaluation framework.</p>
<p>Comments can be sent to the national focal point until the validation workshop.</p>`,
          fields: {
            publisher: 'Ministry of Living Environment and Transport, in charge of Sustainable Development',
            files: [{ url: 'https://files.example.org/bj/spanb-2025-2030-projet.pdf', title: 'Draft NBSAP (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-sixth-national-report',
      type: 'document',
      publishedDaysAgo: 320,
      tags: ['GBF-TARGET-21', 'AICHI-TARGET-19', 'bj'],
      fields: {
        documentType: 'report',
      },
      translations: {
        fr: {
          title: 'Sixième rapport national du Bénin à la Convention sur la diversité biologique',
          summary:
            "Bilan des progrès accomplis par le Bénin vers les objectifs d'Aichi et de la mise en œuvre de la SPANB 2011-2020.",
          body: `<p>Le sixième rapport national évalue la mise en œuvre de la SPANB 2011-2020 et la contribution du Bénin aux objectifs d'Aichi pour la biodiversité.</p>
<p>Il met en évidence les progrès réalisés dans la gestion des parcs nationaux et les défis persistants : déforestation, surexploitation des ressources halieutiques et pollution des lagunes.</p>
<p>Le rapport est également disponible sur le <a href="https://chm.cbd.int">Centre d'échange d'informations de la CDB</a>.</p>`,
          fields: {
            publisher: 'Ministère du Cadre de Vie et du Développement Durable',
            files: [{ url: 'https://files.example.org/bj/6e-rapport-national.pdf', title: 'Sixième rapport national (PDF)' }],
          },
        },
        en: {
          title: "Benin's Sixth National Report to the Convention on Biological Diversity",
          summary:
            "An assessment of Benin's progress towards the Aichi Targets and the implementation of the 2011-2020 NBSAP.",
          body: `<p>The sixth national report assesses the implementation of the 2011-2020 NBSAP and Benin's contribution to the Aichi Biodiversity Targets.</p>
<p>It highlights progress in national park management and persistent challenges: deforestation, overfishing and lagoon pollution.</p>
<p>The report is also available on the <a href="https://chm.cbd.int">CBD Clearing-House Mechanism</a>.</p>`,
          fields: {
            publisher: 'Ministry of Living Environment and Sustainable Development',
            files: [{ url: 'https://files.example.org/bj/6e-rapport-national.pdf', title: 'Sixth National Report (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-environment-framework-law',
      type: 'document',
      publishedDaysAgo: 365,
      tags: ['GBF-TARGET-14', 'bj'],
      fields: {
        documentType: 'law',
        publicationDate: '1999-02-12',
      },
      translations: {
        fr: {
          title: "Loi n° 98-030 du 12 février 1999 portant loi-cadre sur l'environnement en République du Bénin",
          summary:
            "Texte fondateur du droit béninois de l'environnement : principes généraux, études d'impact et protection des ressources naturelles.",
          body: `<p>La loi-cadre sur l'environnement fixe les principes de la politique environnementale du Bénin, institue l'évaluation environnementale des projets et organise la protection des sols, des eaux, de la faune et de la flore.</p>
<p>Elle constitue la base juridique de nombreux textes d'application relatifs à la biodiversité.</p>`,
          fields: {
            publisher: 'République du Bénin, Journal officiel',
            files: [{ url: 'https://files.example.org/bj/loi-98-030-loi-cadre-environnement.pdf', title: 'Texte de la loi (PDF)' }],
          },
        },
        en: {
          title: 'Law No. 98-030 of 12 February 1999 on the framework law on the environment in the Republic of Benin',
          summary:
            "The founding text of Benin's environmental law: general principles, impact assessments and protection of natural resources.",
          body: `<p>The framework law on the environment sets out the principles of Benin's environmental policy, establishes environmental assessment of projects and organises the protection of soils, waters, fauna and flora.</p>
<p>It is the legal basis for many implementing regulations related to biodiversity.</p>`,
          fields: {
            publisher: 'Republic of Benin, Official Journal',
            files: [{ url: 'https://files.example.org/bj/loi-98-030-loi-cadre-environnement.pdf', title: 'Text of the law (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-wildlife-law',
      type: 'document',
      publishedDaysAgo: 362,
      tags: ['GBF-TARGET-05', 'GBF-TARGET-04', 'bj'],
      fields: {
        documentType: 'law',
        publicationDate: '2004-10-18',
      },
      translations: {
        fr: {
          title: 'Loi n° 2002-16 du 18 octobre 2004 portant régime de la faune en République du Bénin',
          summary:
            'Cadre juridique de la conservation et de la gestion de la faune sauvage, des aires protégées et de la chasse.',
          body: `<p>La loi sur le régime de la faune définit les aires de conservation de la faune (parcs nationaux, réserves de faune, zones cynégétiques), les catégories d'espèces intégralement ou partiellement protégées et les conditions d'exercice de la chasse.</p>
<p>Elle prévoit également des sanctions contre le braconnage et le commerce illégal des espèces protégées.</p>`,
          fields: {
            publisher: 'République du Bénin, Journal officiel',
            files: [{ url: 'https://files.example.org/bj/loi-2002-16-regime-faune.pdf', title: 'Texte de la loi (PDF)' }],
          },
        },
        en: {
          title: 'Law No. 2002-16 of 18 October 2004 on wildlife in the Republic of Benin',
          summary:
            'The legal framework for the conservation and management of wildlife, protected areas and hunting.',
          body: `<p>The wildlife law defines wildlife conservation areas (national parks, wildlife reserves, hunting zones), the categories of fully or partially protected species and the conditions under which hunting is allowed.</p>
<p>It also provides penalties for poaching and illegal trade in protected species.</p>`,
          fields: {
            publisher: 'Republic of Benin, Official Journal',
            files: [{ url: 'https://files.example.org/bj/loi-2002-16-regime-faune.pdf', title: 'Text of the law (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-sacred-forests-guide',
      type: 'document',
      publishedDaysAgo: 140,
      tags: ['GBF-TARGET-03', 'GBF-TARGET-22', 'bj'],
      fields: {
        documentType: 'guideline',
        publicationDate: h.date(-140),
        authors: ['Direction Générale des Eaux, Forêts et Chasse'],
      },
      translations: {
        fr: {
          title: 'Guide pour la reconnaissance et la gestion communautaire des forêts sacrées',
          summary:
            "Démarche en cinq étapes pour documenter une forêt sacrée, obtenir sa reconnaissance et l'intégrer au réseau national de conservation.",
          body: `<p>Le Bénin compte plusieurs milliers de forêts sacrées, souvent de petite taille mais riches en espèces. Ce guide propose une démarche pour :</p>
<ul><li>cartographier la forêt et en inventorier la flore et la faune ;</li><li>formaliser les règles coutumières de gestion avec les dignitaires ;</li><li>obtenir un arrêté communal de reconnaissance ;</li><li>évaluer l'éligibilité comme AMCE au sens du Cadre mondial.</li></ul>`,
          fields: {
            publisher: 'Direction Générale des Eaux, Forêts et Chasse',
            files: [{ url: 'https://files.example.org/bj/guide-forets-sacrees.pdf', title: 'Guide (PDF)' }],
          },
        },
        en: {
          title: 'Guidelines for the recognition and community management of sacred forests',
          summary:
            'A five-step approach to document a sacred forest, secure its recognition and include it in the national conservation network.',
          body: `<p>Benin has several thousand sacred forests, often small but rich in species. These guidelines set out how to:</p>
<ul><li>map the forest and inventory its flora and fauna;</li><li>formalise customary management rules with the dignitaries;</li><li>obtain a municipal recognition order;</li><li>assess eligibility as an OECM under the Global Framework.</li></ul>`,
          fields: {
            publisher: 'Directorate General of Water, Forests and Hunting',
            files: [{ url: 'https://files.example.org/bj/guide-forets-sacrees.pdf', title: 'Guidelines (PDF, French)' }],
          },
        },
      },
    },
    {
      key: 'doc-red-bellied-monkey-factsheet',
      type: 'document',
      publishedDaysAgo: 205,
      tags: ['GBF-TARGET-04', 'bj'],
      fields: {
        documentType: 'factsheet',
        publicationDate: h.date(-205),
        authors: ["Laboratoire d'écologie appliquée (UAC)"],
      },
      translations: {
        fr: {
          title: 'Fiche espèce : le singe à ventre rouge (Cercopithecus erythrogaster)',
          summary:
            'Deux pages sur la biologie, la répartition et les menaces pesant sur ce primate en danger, emblème de la forêt de la Lama.',
          body: `<p>Cette fiche présente l'identification, l'écologie, la répartition et l'état de conservation du <strong>singe à ventre rouge</strong>, ainsi que les mesures de protection prises dans la forêt classée de la Lama.</p>
<p>Elle est destinée aux enseignants, aux guides et aux agents forestiers.</p>`,
          fields: {
            publisher: "Université d'Abomey-Calavi",
            files: [{ url: 'https://files.example.org/bj/fiche-singe-ventre-rouge.pdf', title: 'Fiche espèce (PDF)' }],
          },
        },
        en: {
          title: 'Species factsheet: the red-bellied monkey (Cercopithecus erythrogaster)',
          summary:
            'Two pages on the biology, range and threats facing this endangered primate, the emblem of the Lama forest.',
          body: `<p>This factsheet covers the identification, ecology, range and conservation status of the <strong>red-bellied monkey</strong>, and the protection measures taken in the Lama classified forest.</p>
<p>It is intended for teachers, guides and forestry officers.</p>`,
          fields: {
            publisher: 'University of Abomey-Calavi',
            files: [{ url: 'https://files.example.org/bj/fiche-singe-ventre-rouge.pdf', title: 'Species factsheet (PDF, French)' }],
          },
        },
      },
    },

    // ------------------------------------------------------ national targets
    {
      key: 'target-bj-02',
      type: 'national-target',
      publishedDaysAgo: 8,
      sortOrder: 1,
      tags: ['GBF-TARGET-02', 'bj'],
      fields: { code: 'CN-02', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        fr: {
          title: 'Cible nationale 2 : restaurer les forêts, mangroves et zones humides dégradées',
          summary:
            "D'ici 2030, au moins 30 % des forêts classées, des mangroves et des zones humides dégradées font l'objet d'une restauration effective.",
          body: `<p>La restauration porte en priorité sur les forêts classées du centre et du nord du pays, les mangroves du littoral (delta du Mono, chenal Aho, lagune de Porto-Novo) et les plaines d'inondation de l'Ouémé.</p>
<p>Elle associe reboisement avec des essences locales, régénération naturelle assistée et restauration hydrologique.</p>`,
          fields: {
            indicators: [
              'Superficie de terres et de zones humides en cours de restauration (ha)',
              'Taux de survie des plants après deux ans (%)',
            ],
          },
        },
        en: {
          title: 'National target 2: restore degraded forests, mangroves and wetlands',
          summary:
            'By 2030, at least 30% of degraded classified forests, mangroves and wetlands are under effective restoration.',
          body: `<p>Restoration focuses on the classified forests of the centre and north of the country, coastal mangroves (Mono delta, Aho channel, Porto-Novo lagoon) and the Ouémé floodplains.</p>
<p>It combines planting of native species, assisted natural regeneration and hydrological restoration.</p>`,
          fields: {
            indicators: [
              'Area of land and wetlands under restoration (ha)',
              'Seedling survival rate after two years (%)',
            ],
          },
        },
      },
    },
    {
      key: 'target-bj-03',
      type: 'national-target',
      publishedDaysAgo: 8,
      sortOrder: 2,
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'bj'],
      fields: { code: 'CN-03', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        fr: {
          title: "Cible nationale 3 : conserver 30 % des zones terrestres, d'eaux intérieures et côtières",
          summary:
            "D'ici 2030, au moins 30 % du territoire national et des zones côtières sont conservés par des aires protégées et des AMCE, dont les forêts sacrées.",
          body: `<p>Le réseau national repose sur les parcs nationaux de la Pendjari et du W, les zones cynégétiques, les forêts classées, les sites Ramsar et la réserve de biosphère transfrontalière du Mono.</p>
<p>La cible prévoit la reconnaissance des <strong>forêts sacrées</strong> et des aires communautaires comme AMCE, ainsi que le renforcement de la connectivité écologique entre le nord et le sud du pays.</p>`,
          fields: {
            indicators: [
              'Couverture des aires protégées et des AMCE (% du territoire)',
              "Indice d'efficacité de gestion des aires protégées",
              'Nombre de forêts sacrées reconnues comme AMCE',
            ],
          },
        },
        en: {
          title: 'National target 3: conserve 30% of land, inland water and coastal areas',
          summary:
            'By 2030, at least 30% of the national territory and coastal areas are conserved through protected areas and OECMs, including sacred forests.',
          body: `<p>The national network is built on Pendjari and W national parks, hunting zones, classified forests, Ramsar sites and the Mono transboundary biosphere reserve.</p>
<p>The target provides for recognising <strong>sacred forests</strong> and community areas as OECMs, and for strengthening ecological connectivity between the north and the south of the country.</p>`,
          fields: {
            indicators: [
              'Coverage of protected areas and OECMs (% of territory)',
              'Protected area management effectiveness index',
              'Number of sacred forests recognised as OECMs',
            ],
          },
        },
      },
    },
    {
      key: 'target-bj-06',
      type: 'national-target',
      publishedDaysAgo: 8,
      sortOrder: 3,
      tags: ['GBF-TARGET-06', 'bj'],
      fields: { code: 'CN-06', targetYear: 2030, degreeOfAlignment: 'medium' },
      translations: {
        fr: {
          title: 'Cible nationale 6 : maîtriser les espèces exotiques envahissantes',
          summary:
            "D'ici 2030, la surface des plans d'eau envahie par la jacinthe d'eau est réduite de moitié et un système de détection précoce est opérationnel.",
          body: `<p>Les efforts portent sur la jacinthe d'eau dans le lac Nokoué, la lagune de Porto-Novo et le fleuve Ouémé, ainsi que sur <em>Chromolaena odorata</em> dans les forêts classées.</p>
<p>Un réseau d'observateurs, appuyé par le CHM, permettra de signaler rapidement toute nouvelle espèce envahissante.</p>`,
          fields: {
            indicators: [
              "Surface de plans d'eau couverte par la jacinthe d'eau (km²)",
              'Nombre de nouvelles espèces exotiques envahissantes détectées',
            ],
          },
        },
        en: {
          title: 'National target 6: control invasive alien species',
          summary:
            'By 2030, the surface of water bodies invaded by water hyacinth is halved and an early-detection system is operational.',
          body: `<p>Efforts focus on water hyacinth in Lake Nokoué, Porto-Novo lagoon and the Ouémé River, and on <em>Chromolaena odorata</em> in classified forests.</p>
<p>A network of observers, supported by the CHM, will make it possible to report any new invasive species quickly.</p>`,
          fields: {
            indicators: [
              'Surface of water bodies covered by water hyacinth (km²)',
              'Number of new invasive alien species detected',
            ],
          },
        },
      },
    },
    {
      key: 'target-bj-21',
      type: 'national-target',
      publishedDaysAgo: 8,
      sortOrder: 4,
      tags: ['GBF-TARGET-21', 'AICHI-TARGET-19', 'bj'],
      fields: { code: 'CN-21', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: {
        fr: {
          title: 'Cible nationale 21 : des données et des connaissances accessibles à tous',
          summary:
            "D'ici 2030, les données nationales sur la biodiversité sont publiées en accès libre et le CHM est régulièrement alimenté par le réseau des partenaires.",
          body: `<p>Cette cible vise à rendre les données d'inventaire, de suivi et de recherche accessibles aux décideurs, aux gestionnaires et au public, notamment via le CHM national et le <a href="https://www.gbif.org">GBIF</a>.</p>
<p>Elle encourage aussi la documentation des savoirs traditionnels avec le consentement préalable, libre et éclairé des communautés.</p>`,
          fields: {
            indicators: [
              "Nombre d'occurrences d'espèces du Bénin publiées sur le GBIF",
              'Nombre de contenus publiés sur le CHM par an',
            ],
          },
        },
        en: {
          title: 'National target 21: data and knowledge accessible to all',
          summary:
            'By 2030, national biodiversity data are openly published and the CHM is regularly fed by the partner network.',
          body: `<p>This target aims to make inventory, monitoring and research data accessible to decision-makers, managers and the public, in particular through the national CHM and <a href="https://www.gbif.org">GBIF</a>.</p>
<p>It also encourages the documentation of traditional knowledge with the free, prior and informed consent of communities.</p>`,
          fields: {
            indicators: [
              'Number of occurrence records from Benin published on GBIF',
              'Number of items published on the CHM per year',
            ],
          },
        },
      },
    },

    // -------------------------------------------------------------- projects
    {
      key: 'project-wap-management',
      type: 'project',
      publishedDaysAgo: 150,
      point: { lat: 11.05, lng: 1.5 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04', 'bj'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-900),
        endDate: h.date(1200),
        budget: { amount: 12_000_000, currency: 'USD' },
        partners: ['CENAGREF', 'African Parks', 'Burkina Faso', 'Niger'],
        geographicScope: 'regional',
        website: 'https://www.africanparks.org/the-parks/pendjari',
      },
      translations: {
        fr: {
          title: 'Gestion intégrée du complexe transfrontalier W-Arly-Pendjari',
          summary:
            'Appui à la surveillance, au suivi écologique et au développement des communautés riveraines des parcs de la Pendjari et du W.',
          body: `<p>Le projet renforce la gestion du plus vaste ensemble d'aires protégées de savane d'Afrique de l'Ouest, partagé entre le Bénin, le Burkina Faso et le Niger.</p>
<ul><li>Équipement et formation des écogardes</li><li>Suivi écologique harmonisé entre les trois pays</li><li>Activités génératrices de revenus pour les villages riverains (apiculture, karité, écotourisme)</li></ul>`,
        },
        en: {
          title: 'Integrated management of the W-Arly-Pendjari transboundary complex',
          summary:
            'Support for law enforcement, ecological monitoring and the development of communities around Pendjari and W parks.',
          body: `<p>The project strengthens the management of West Africa's largest block of savanna protected areas, shared by Benin, Burkina Faso and Niger.</p>
<ul><li>Equipment and training for eco-guards</li><li>Harmonised ecological monitoring across the three countries</li><li>Income-generating activities for neighbouring villages (beekeeping, shea, ecotourism)</li></ul>`,
        },
      },
    },
    {
      key: 'project-mono-mangroves',
      type: 'project',
      publishedDaysAgo: 190,
      point: { lat: 6.27, lng: 1.93 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-08'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-400),
        endDate: h.date(700),
        budget: { amount: 450_000_000, currency: 'XOF' },
        partners: ['Direction Générale des Eaux, Forêts et Chasse', 'Commune de Grand-Popo', 'Associations villageoises des Bouches du Roy'],
        geographicScope: 'local',
      },
      translations: {
        fr: {
          title: 'Restauration communautaire des mangroves du delta du Mono',
          summary:
            'Replantation de palétuviers, diffusion de foyers améliorés et suivi participatif dans la zone des Bouches du Roy.',
          body: `<p>Le projet accompagne les communautés de la zone des Bouches du Roy dans la restauration des mangroves dégradées et la réduction de la pression sur le bois de palétuvier.</p>
<p>Il s'inscrit dans le plan de gestion de la <strong>réserve de biosphère transfrontalière du Mono</strong>, partagée avec le Togo.</p>`,
        },
        en: {
          title: 'Community restoration of the Mono delta mangroves',
          summary:
            'Mangrove replanting, improved cookstoves and participatory monitoring in the Bouches du Roy area.',
          body: `<p>The project helps communities in the Bouches du Roy area restore degraded mangroves and reduce pressure on mangrove wood.</p>
<p>It is part of the management plan of the <strong>Mono transboundary biosphere reserve</strong>, shared with Togo.</p>`,
        },
      },
    },
    {
      key: 'project-nokoue-hyacinth',
      type: 'project',
      publishedDaysAgo: 380,
      point: { lat: 6.43, lng: 2.45 },
      tags: ['GBF-TARGET-06', 'GBF-TARGET-07'],
      fields: {
        projectStatus: 'completed',
        startDate: h.date(-1100),
        endDate: h.date(-380),
        budget: { amount: 180_000_000, currency: 'XOF' },
        partners: ["Université d'Abomey-Calavi", 'Commune de So-Ava', 'Groupements de pêcheurs du lac Nokoué'],
        geographicScope: 'local',
      },
      translations: {
        fr: {
          title: "Valorisation de la jacinthe d'eau du lac Nokoué",
          summary:
            "Projet pilote de récolte mécanique et manuelle de la jacinthe d'eau et de sa transformation en compost, biogaz et artisanat.",
          body: `<p>Ce projet pilote a testé plusieurs filières de valorisation de la jacinthe d'eau : compost pour le maraîchage, biogaz pour la cuisson et vannerie.</p>
<p>Ses enseignements ont été repris dans la cible nationale 6 sur les espèces exotiques envahissantes.</p>`,
        },
        en: {
          title: 'Turning Lake Nokoué water hyacinth into a resource',
          summary:
            'A pilot project on mechanical and manual harvesting of water hyacinth and its conversion into compost, biogas and handicrafts.',
          body: `<p>This pilot project tested several uses for water hyacinth: compost for market gardening, biogas for cooking and basketry.</p>
<p>Its lessons have been taken up in national target 6 on invasive alien species.</p>`,
        },
      },
    },
    {
      key: 'project-shea-parklands',
      type: 'project',
      publishedDaysAgo: 45,
      point: { lat: 9.337, lng: 2.63 },
      tags: ['GBF-TARGET-10', 'GBF-TARGET-23', 'SUSTAINABLE-DEVELOPMENT-GOAL-05'],
      fields: {
        projectStatus: 'planned',
        startDate: h.date(90),
        endDate: h.date(1550),
        budget: { amount: 2_500_000, currency: 'USD' },
        partners: ['Université de Parakou', 'Groupements de femmes transformatrices de karité', 'Direction Générale des Eaux, Forêts et Chasse'],
        geographicScope: 'subnational',
      },
      translations: {
        fr: {
          title: "Parcs à karité durables dans le Borgou et l'Alibori",
          summary:
            'Régénération des parcs agroforestiers à karité et renforcement des groupements de femmes qui transforment les amandes.',
          body: `<p>Le karité (<em>Vitellaria paradoxa</em>), classé vulnérable par l'UICN, est menacé par le vieillissement des parcs, la coupe pour le charbon de bois et l'extension des cultures.</p>
<p>Le projet prévoit la plantation et la protection de jeunes karités dans les champs, la formation des femmes aux bonnes pratiques de collecte et l'appui à la commercialisation du beurre de karité.</p>`,
        },
        en: {
          title: 'Sustainable shea parklands in Borgou and Alibori',
          summary:
            "Regenerating shea agroforestry parklands and strengthening the women's groups that process shea kernels.",
          body: `<p>The shea tree (<em>Vitellaria paradoxa</em>), listed as Vulnerable by IUCN, is threatened by ageing parklands, felling for charcoal and the expansion of cropland.</p>
<p>The project will plant and protect young shea trees in fields, train women in good harvesting practices and support the marketing of shea butter.</p>`,
        },
      },
    },

    // ------------------------------------------------------- protected areas
    {
      key: 'pa-pendjari',
      type: 'protected-area',
      publishedDaysAgo: 300,
      promoted: true,
      point: { lat: 11.05, lng: 1.5 },
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'bj'],
      fields: { iucnCategory: 'II', areaKm2: 2660 },
      translations: {
        fr: {
          title: 'Parc national de la Pendjari',
          summary:
            "Au nord-ouest du Bénin, le parc de la Pendjari est l'un des derniers refuges du lion et de l'éléphant en Afrique de l'Ouest.",
          body: `<p>Situé dans le département de l'Atacora, le <strong>Parc national de la Pendjari</strong> est bordé par la rivière Pendjari et la chaîne de l'Atacora. Il fait partie du complexe W-Arly-Pendjari, inscrit au patrimoine mondial de l'UNESCO.</p>
<p>Ses savanes, galeries forestières et mares abritent le lion, l'éléphant, le buffle, l'hippotrague, le guépard et plus de 300 espèces d'oiseaux.</p>
<p>Depuis 2017, le parc est géré par l'État béninois en partenariat avec <a href="https://www.africanparks.org/the-parks/pendjari">African Parks</a>.</p>`,
          fields: {
            designation: 'Parc national ; réserve de biosphère ; site Ramsar ; bien du patrimoine mondial (complexe W-Arly-Pendjari)',
          },
        },
        en: {
          title: 'Pendjari National Park',
          summary:
            "In north-western Benin, Pendjari is one of the last strongholds of the lion and the elephant in West Africa.",
          body: `<p>Located in the Atacora department, <strong>Pendjari National Park</strong> is bounded by the Pendjari River and the Atacora range. It is part of the W-Arly-Pendjari complex, a UNESCO World Heritage site.</p>
<p>Its savannas, gallery forests and pools are home to lions, elephants, buffalo, roan antelope, cheetahs and more than 300 bird species.</p>
<p>Since 2017 the park has been managed by the Government of Benin in partnership with <a href="https://www.africanparks.org/the-parks/pendjari">African Parks</a>.</p>`,
          fields: {
            designation: 'National park; biosphere reserve; Ramsar site; World Heritage property (W-Arly-Pendjari complex)',
          },
        },
      },
    },
    {
      key: 'pa-w-benin',
      type: 'protected-area',
      publishedDaysAgo: 298,
      point: { lat: 11.75, lng: 2.45 },
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'bj'],
      fields: { iucnCategory: 'II', areaKm2: 5632 },
      translations: {
        fr: {
          title: 'Parc national du W du Bénin',
          summary:
            "Partie béninoise du parc transfrontalier du W, partagé avec le Burkina Faso et le Niger et nommé d'après les méandres du fleuve Niger.",
          body: `<p>Le <strong>Parc national du W</strong> s'étend dans les départements de l'Alibori et de l'Atacora, jusqu'au fleuve Niger. Avec les parcs d'Arly (Burkina Faso) et de la Pendjari, il forme le complexe W-Arly-Pendjari.</p>
<p>Il abrite une grande partie des éléphants de savane d'Afrique de l'Ouest ainsi que des lions, buffles, hippopotames et de nombreux oiseaux d'eau.</p>`,
          fields: {
            designation: 'Parc national ; réserve de biosphère transfrontalière du W ; site Ramsar ; patrimoine mondial',
          },
        },
        en: {
          title: 'W National Park of Benin',
          summary:
            'The Beninese part of the transboundary W park, shared with Burkina Faso and Niger and named after the bends of the Niger River.',
          body: `<p><strong>W National Park</strong> extends across the Alibori and Atacora departments up to the Niger River. Together with Arly (Burkina Faso) and Pendjari, it forms the W-Arly-Pendjari complex.</p>
<p>It holds a large share of West Africa's savanna elephants as well as lions, buffalo, hippos and many waterbirds.</p>`,
          fields: {
            designation: 'National park; W transboundary biosphere reserve; Ramsar site; World Heritage',
          },
        },
      },
    },
    {
      key: 'pa-ramsar-oueme-nokoue',
      type: 'protected-area',
      publishedDaysAgo: 260,
      point: { lat: 6.6, lng: 2.5 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-06'],
      fields: { iucnCategory: 'not-reported', areaKm2: 916, designationDate: '2000-01-24' },
      translations: {
        fr: {
          title: "Site Ramsar de la basse vallée de l'Ouémé, de la lagune de Porto-Novo et du lac Nokoué",
          summary:
            "Vaste complexe de plaines inondables, de lagunes et de forêts marécageuses, vital pour la pêche et les oiseaux d'eau.",
          body: `<p>Ce site Ramsar couvre la basse vallée du fleuve Ouémé, la lagune de Porto-Novo et le lac Nokoué. Les crues annuelles y fertilisent les terres agricoles et renouvellent les stocks de poissons.</p>
<p>Le site abrite le sitatunga, le lamantin d'Afrique de l'Ouest et de nombreux oiseaux d'eau migrateurs. Il est soumis à de fortes pressions : urbanisation, surpêche et jacinthe d'eau.</p>`,
          fields: { designation: "Zone humide d'importance internationale (Convention de Ramsar)" },
        },
        en: {
          title: 'Lower Ouémé valley, Porto-Novo lagoon and Lake Nokoué Ramsar site',
          summary:
            'A vast complex of floodplains, lagoons and swamp forests, vital for fisheries and waterbirds.',
          body: `<p>This Ramsar site covers the lower Ouémé River valley, Porto-Novo lagoon and Lake Nokoué. Annual floods fertilise farmland and replenish fish stocks.</p>
<p>The site is home to the sitatunga, the West African manatee and many migratory waterbirds. It faces heavy pressure from urbanisation, overfishing and water hyacinth.</p>`,
          fields: { designation: 'Wetland of International Importance (Ramsar Convention)' },
        },
      },
    },
    {
      key: 'pa-lama',
      type: 'protected-area',
      publishedDaysAgo: 255,
      point: { lat: 6.9583, lng: 2.1667 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04', 'bj'],
      fields: { iucnCategory: 'not-reported', areaKm2: 162 },
      translations: {
        fr: {
          title: 'Forêt classée de la Lama',
          summary:
            'Dernier grand massif de forêt dense semi-décidue du sud du Bénin et principal refuge du singe à ventre rouge.',
          body: `<p>Située dans la dépression de la Lama, entre Toffo et Zogbodomey, la forêt classée comprend un <strong>noyau central</strong> de forêt naturelle entouré de plantations de teck et de bois de feu.</p>
<p>Elle abrite le singe à ventre rouge, la mone (<em>Cercopithecus mona</em>) et de nombreuses espèces d'arbres rares dans le sud du pays.</p>`,
          fields: { designation: "Forêt classée du domaine forestier de l'État" },
        },
        en: {
          title: 'Lama Classified Forest',
          summary:
            'The last large block of semi-deciduous dense forest in southern Benin and the main refuge of the red-bellied monkey.',
          body: `<p>Located in the Lama depression between Toffo and Zogbodomey, the classified forest includes a <strong>core zone</strong> of natural forest surrounded by teak and fuelwood plantations.</p>
<p>It is home to the red-bellied monkey, the mona monkey (<em>Cercopithecus mona</em>) and many tree species that are rare in the south of the country.</p>`,
          fields: { designation: 'State classified forest' },
        },
      },
    },
    {
      key: 'pa-mono-biosphere-reserve',
      type: 'protected-area',
      publishedDaysAgo: 250,
      point: { lat: 6.35, lng: 1.85 },
      tags: ['GBF-TARGET-03', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { iucnCategory: 'not-reported' },
      translations: {
        fr: {
          title: 'Réserve de biosphère transfrontalière du Mono',
          summary:
            "Reconnue par l'UNESCO en 2017, la réserve couvre le delta du Mono de part et d'autre de la frontière entre le Bénin et le Togo.",
          body: `<p>La réserve de biosphère transfrontalière du Mono englobe la basse vallée du Mono, le lac Ahémé, le chenal Aho et la zone des <strong>Bouches du Roy</strong>.</p>
<p>Mangroves, lagunes, forêts galeries et plages de ponte des tortues marines y côtoient des zones agricoles et de pêche, gérées avec les communautés selon le modèle du programme MAB de l'UNESCO.</p>`,
          fields: { designation: "Réserve de biosphère transfrontalière (programme MAB de l'UNESCO)" },
        },
        en: {
          title: 'Mono Transboundary Biosphere Reserve',
          summary:
            'Recognised by UNESCO in 2017, the reserve covers the Mono delta on both sides of the border between Benin and Togo.',
          body: `<p>The Mono transboundary biosphere reserve includes the lower Mono valley, Lake Ahémé, the Aho channel and the <strong>Bouches du Roy</strong> area.</p>
<p>Mangroves, lagoons, gallery forests and sea turtle nesting beaches sit alongside farming and fishing areas, managed with communities following UNESCO's MAB programme model.</p>`,
          fields: { designation: "Transboundary biosphere reserve (UNESCO's MAB programme)" },
        },
      },
    },

    // ------------------------------------------------------------ ecosystems
    {
      key: 'eco-lama-forest',
      type: 'ecosystem',
      publishedDaysAgo: 240,
      point: { lat: 6.9583, lng: 2.1667 },
      tags: ['GBF-TARGET-01', 'GBF-TARGET-02'],
      fields: { ecosystemType: 'forest' },
      translations: {
        fr: {
          title: 'Forêts denses semi-décidues du sud du Bénin',
          summary:
            'Îlots de forêts humides situés dans le « Dahomey Gap », la zone de savane qui interrompt la forêt guinéenne entre le Ghana et le Nigeria.',
          body: `<p>Le sud du Bénin se trouve dans le <strong>Dahomey Gap</strong>, un couloir de savane séparant les blocs forestiers de Haute et de Basse-Guinée. Les forêts denses y sont réduites à quelques massifs comme la Lama, Pobè ou Niaouli, et à de nombreuses forêts sacrées.</p>
<p>Ces forêts abritent des espèces d'affinités guinéennes et nigérianes, dont le singe à ventre rouge, et sont menacées par l'agriculture, le bois-énergie et l'urbanisation.</p>`,
        },
        en: {
          title: 'Semi-deciduous dense forests of southern Benin',
          summary:
            'Patches of moist forest located in the "Dahomey Gap", the savanna belt that interrupts the Guinean forest between Ghana and Nigeria.',
          body: `<p>Southern Benin lies in the <strong>Dahomey Gap</strong>, a savanna corridor separating the Upper and Lower Guinean forest blocks. Dense forests there are reduced to a few blocks such as Lama, Pobè or Niaouli, and to many sacred groves.</p>
<p>These forests harbour species with Guinean and Nigerian affinities, including the red-bellied monkey, and are threatened by farming, fuelwood and urbanisation.</p>`,
        },
      },
    },
    {
      key: 'eco-lake-nokoue',
      type: 'ecosystem',
      publishedDaysAgo: 235,
      point: { lat: 6.43, lng: 2.45 },
      tags: ['GBF-TARGET-07', 'GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { ecosystemType: 'coastal', extentKm2: 150 },
      translations: {
        fr: {
          title: 'Lac Nokoué',
          summary:
            "Lagune côtière saumâtre entre Cotonou et l'Ouémé, le lac Nokoué est l'un des plans d'eau les plus productifs d'Afrique de l'Ouest.",
          body: `<p>Relié à l'océan par le chenal de Cotonou et alimenté par l'Ouémé et la Sô, le <strong>lac Nokoué</strong> alterne entre eaux douces en saison des crues et eaux saumâtres en saison sèche.</p>
<p>La pêche y fait vivre des dizaines de milliers de personnes, notamment dans la cité lacustre de Ganvié, grâce aux acadjas, des parcs à poissons en branchages. Pollution, comblement et jacinthe d'eau menacent cet équilibre.</p>`,
        },
        en: {
          title: 'Lake Nokoué',
          summary:
            'A brackish coastal lagoon between Cotonou and the Ouémé, Lake Nokoué is one of the most productive water bodies in West Africa.',
          body: `<p>Connected to the ocean by the Cotonou channel and fed by the Ouémé and Sô rivers, <strong>Lake Nokoué</strong> alternates between fresh water in the flood season and brackish water in the dry season.</p>
<p>Fishing supports tens of thousands of people, notably in the lake village of Ganvié, thanks to <em>acadjas</em>, brushwood fish parks. Pollution, siltation and water hyacinth threaten this balance.</p>`,
        },
      },
    },
    {
      key: 'eco-oueme-floodplain',
      type: 'ecosystem',
      publishedDaysAgo: 232,
      point: { lat: 6.72, lng: 2.48 },
      tags: ['GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-06'],
      fields: { ecosystemType: 'wetland' },
      translations: {
        fr: {
          title: "Plaine d'inondation de la basse vallée de l'Ouémé",
          summary:
            "Chaque année, la crue de l'Ouémé inonde prairies, forêts marécageuses et rizières, créant une mosaïque de milieux très productifs.",
          body: `<p>Entre Bonou et Porto-Novo, la <strong>basse vallée de l'Ouémé</strong> forme l'un des deltas intérieurs les plus riches du golfe de Guinée. Les forêts marécageuses à raphia y servent d'abri au sitatunga.</p>
<p>Les communautés y pratiquent la pêche dans les trous à poissons (<em>whedo</em>), l'agriculture de décrue et l'élevage.</p>`,
        },
        en: {
          title: 'Lower Ouémé valley floodplain',
          summary:
            'Every year the Ouémé flood covers grasslands, swamp forests and rice fields, creating a highly productive mosaic of habitats.',
          body: `<p>Between Bonou and Porto-Novo, the <strong>lower Ouémé valley</strong> forms one of the richest inland deltas of the Gulf of Guinea. Its raffia swamp forests shelter the sitatunga.</p>
<p>Communities fish in traditional fish holes (<em>whedo</em>), farm the receding floodplain and raise livestock.</p>`,
        },
      },
    },
    {
      key: 'eco-sudanian-savannas',
      type: 'ecosystem',
      publishedDaysAgo: 228,
      point: { lat: 11.2, lng: 1.8 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-10'],
      fields: { ecosystemType: 'grassland' },
      translations: {
        fr: {
          title: 'Savanes soudaniennes du nord du Bénin',
          summary:
            'Savanes arborées et boisées parcourues par le feu, qui abritent la grande faune du complexe W-Arly-Pendjari.',
          body: `<p>Au nord du 10e parallèle, les <strong>savanes soudaniennes</strong> alternent avec des forêts claires et des galeries forestières le long des cours d'eau. Le karité, le néré (<em>Parkia biglobosa</em>) et le rônier y sont emblématiques.</p>
<p>Les feux précoces, la transhumance et l'extension du coton sont les principaux enjeux de gestion.</p>`,
        },
        en: {
          title: 'Sudanian savannas of northern Benin',
          summary:
            'Fire-shaped tree and wooded savannas that host the large wildlife of the W-Arly-Pendjari complex.',
          body: `<p>North of the 10th parallel, <strong>Sudanian savannas</strong> alternate with open woodland and gallery forests along rivers. Shea, African locust bean (<em>Parkia biglobosa</em>) and borassus palm are emblematic.</p>
<p>Early burning, transhumant livestock and cotton expansion are the main management issues.</p>`,
        },
      },
    },
    {
      key: 'eco-coastal-mangroves',
      type: 'ecosystem',
      publishedDaysAgo: 225,
      point: { lat: 6.28, lng: 1.95 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-08', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { ecosystemType: 'coastal' },
      translations: {
        fr: {
          title: 'Mangroves du littoral béninois',
          summary:
            'Mangroves à palétuviers rouges et blancs bordant les lagunes côtières, du delta du Mono à la lagune de Porto-Novo.',
          body: `<p>Les <strong>mangroves</strong> du Bénin se concentrent le long du chenal Aho, du lac Ahémé, de la lagune côtière et des Bouches du Roy. Elles sont dominées par <em>Rhizophora racemosa</em> et <em>Avicennia germinans</em>.</p>
<p>Frayères pour les poissons et les crevettes, elles protègent aussi les berges contre l'érosion. Leur surface a fortement reculé sous l'effet de la coupe de bois et de l'extraction de sel.</p>`,
        },
        en: {
          title: 'Mangroves of the Beninese coast',
          summary:
            'Red and black mangrove stands lining the coastal lagoons, from the Mono delta to Porto-Novo lagoon.',
          body: `<p>Benin's <strong>mangroves</strong> are concentrated along the Aho channel, Lake Ahémé, the coastal lagoon and the Bouches du Roy. They are dominated by <em>Rhizophora racemosa</em> and <em>Avicennia germinans</em>.</p>
<p>Nursery grounds for fish and shrimp, they also protect banks from erosion. Their area has declined sharply due to wood cutting and salt production.</p>`,
        },
      },
    },

    // --------------------------------------------------------------- species
    {
      key: 'species-lion',
      type: 'species',
      publishedDaysAgo: 210,
      tags: ['GBF-TARGET-04', 'bj'],
      fields: { scientificName: 'Panthera leo', redListStatus: 'VU', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        fr: {
          title: "Lion d'Afrique de l'Ouest",
          summary:
            "Vulnérable à l'échelle mondiale, la population d'Afrique de l'Ouest est en danger critique ; le complexe W-Arly-Pendjari en abrite l'essentiel.",
          body: `<p>Le lion (<em>Panthera leo</em>) est classé <strong>vulnérable</strong> sur la Liste rouge de l'UICN, mais la sous-population d'Afrique de l'Ouest est considérée comme en danger critique d'extinction.</p>
<p>Les parcs de la Pendjari et du W abritent la plus grande population restante de la région. Les menaces principales sont la raréfaction des proies, les conflits avec les éleveurs et le braconnage.</p>`,
          fields: { commonNames: ["Lion d'Afrique de l'Ouest", 'Lion'] },
        },
        en: {
          title: 'West African lion',
          summary:
            'Vulnerable globally, the West African population is Critically Endangered; most of it lives in the W-Arly-Pendjari complex.',
          body: `<p>The lion (<em>Panthera leo</em>) is listed as <strong>Vulnerable</strong> on the IUCN Red List, but the West African subpopulation is considered Critically Endangered.</p>
<p>Pendjari and W parks hold the largest remaining population in the region. The main threats are prey depletion, conflict with herders and poaching.</p>`,
          fields: { commonNames: ['West African lion', 'Lion'] },
        },
      },
    },
    {
      key: 'species-elephant',
      type: 'species',
      publishedDaysAgo: 208,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-05'],
      fields: { scientificName: 'Loxodonta africana', redListStatus: 'EN', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        fr: {
          title: "Éléphant de savane d'Afrique",
          summary:
            "Classé en danger par l'UICN, l'éléphant de savane est présent dans les parcs de la Pendjari et du W et dans les zones cynégétiques voisines.",
          body: `<p>L'<strong>éléphant de savane d'Afrique</strong> (<em>Loxodonta africana</em>) est classé en danger depuis 2021. Au Bénin, il se rencontre surtout dans le complexe W-Arly-Pendjari, qui abrite la plus grande population d'Afrique de l'Ouest.</p>
<p>Ses déplacements saisonniers vers les zones agricoles sont à l'origine de conflits avec les riverains, que les gestionnaires cherchent à réduire.</p>`,
          fields: { commonNames: ["Éléphant de savane d'Afrique", 'Éléphant'] },
        },
        en: {
          title: 'African savanna elephant',
          summary:
            'Listed as Endangered by IUCN, the savanna elephant occurs in Pendjari and W parks and the neighbouring hunting zones.',
          body: `<p>The <strong>African savanna elephant</strong> (<em>Loxodonta africana</em>) has been listed as Endangered since 2021. In Benin it occurs mainly in the W-Arly-Pendjari complex, which holds West Africa's largest population.</p>
<p>Its seasonal movements towards farmland cause conflicts with local residents, which managers are working to reduce.</p>`,
          fields: { commonNames: ['African savanna elephant', 'Elephant'] },
        },
      },
    },
    {
      key: 'species-red-bellied-monkey',
      type: 'species',
      publishedDaysAgo: 205,
      promoted: true,
      tags: ['GBF-TARGET-04', 'bj'],
      fields: {
        scientificName: 'Cercopithecus erythrogaster',
        redListStatus: 'EN',
        taxonomicGroup: 'mammals',
        endemic: false,
        invasive: false,
      },
      translations: {
        fr: {
          title: 'Singe à ventre rouge',
          summary:
            "Primate en danger à l'aire de répartition très réduite, limitée au sud du Bénin et au sud-ouest du Nigeria, emblème de la forêt de la Lama.",
          body: `<p>Le <strong>singe à ventre rouge</strong> (<em>Cercopithecus erythrogaster</em>) est un petit cercopithèque forestier reconnaissable à son ventre roux et à son plastron blanc. Il est classé <strong>en danger</strong> sur la Liste rouge de l'UICN.</p>
<p>Au Bénin, la sous-espèce nominale <em>C. e. erythrogaster</em> survit dans la forêt classée de la Lama et dans quelques forêts sacrées et marécageuses du sud. Déforestation et chasse pour la viande de brousse sont ses principales menaces.</p>`,
          fields: { commonNames: ['Singe à ventre rouge', 'Cercopithèque à ventre roux'] },
        },
        en: {
          title: 'Red-bellied monkey',
          summary:
            'An endangered primate with a very small range limited to southern Benin and south-western Nigeria, the emblem of the Lama forest.',
          body: `<p>The <strong>red-bellied monkey</strong> (<em>Cercopithecus erythrogaster</em>) is a small forest guenon recognisable by its reddish belly and white chest. It is listed as <strong>Endangered</strong> on the IUCN Red List.</p>
<p>In Benin, the nominate subspecies <em>C. e. erythrogaster</em> survives in the Lama classified forest and in a few sacred and swamp forests in the south. Deforestation and hunting for bushmeat are its main threats.</p>`,
          fields: { commonNames: ['Red-bellied monkey', 'Red-bellied guenon'] },
        },
      },
    },
    {
      key: 'species-manatee',
      type: 'species',
      publishedDaysAgo: 200,
      tags: ['GBF-TARGET-04', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { scientificName: 'Trichechus senegalensis', redListStatus: 'VU', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        fr: {
          title: "Lamantin d'Afrique de l'Ouest",
          summary:
            "Mammifère aquatique vulnérable, présent dans l'Ouémé, le Mono, le lac Nokoué et le lac Ahémé.",
          body: `<p>Le <strong>lamantin d'Afrique de l'Ouest</strong> (<em>Trichechus senegalensis</em>) vit dans les fleuves, lagunes et estuaires, où il se nourrit de plantes aquatiques. Il est classé vulnérable par l'UICN.</p>
<p>Discret, il est surtout menacé par les captures dans les filets de pêche et les barrages qui fragmentent son habitat.</p>`,
          fields: { commonNames: ["Lamantin d'Afrique de l'Ouest", "Lamantin d'Afrique"] },
        },
        en: {
          title: 'West African manatee',
          summary:
            'A vulnerable aquatic mammal found in the Ouémé and Mono rivers and in lakes Nokoué and Ahémé.',
          body: `<p>The <strong>West African manatee</strong> (<em>Trichechus senegalensis</em>) lives in rivers, lagoons and estuaries, where it feeds on aquatic plants. It is listed as Vulnerable by IUCN.</p>
<p>Elusive, it is threatened mostly by entanglement in fishing nets and by dams that fragment its habitat.</p>`,
          fields: { commonNames: ['West African manatee', 'African manatee'] },
        },
      },
    },
    {
      key: 'species-sitatunga',
      type: 'species',
      publishedDaysAgo: 196,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-11'],
      fields: { scientificName: 'Tragelaphus spekii', redListStatus: 'LC', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: {
        fr: {
          title: 'Sitatunga',
          summary:
            "Antilope amphibie des marais, le sitatunga est un indicateur de la bonne santé des zones humides du sud du Bénin.",
          body: `<p>Grâce à ses sabots allongés, le <strong>sitatunga</strong> (<em>Tragelaphus spekii</em>) se déplace aisément dans les marécages. Si l'espèce est classée « préoccupation mineure » au niveau mondial, ses populations béninoises sont réduites et isolées.</p>
<p>Elle survit dans la basse vallée de l'Ouémé et les marais de la vallée du Couffo, où la chasse et l'assèchement des marais la menacent.</p>`,
          fields: { commonNames: ['Sitatunga', "Guib d'eau"] },
        },
        en: {
          title: 'Sitatunga',
          summary:
            'An amphibious marsh antelope, the sitatunga is an indicator of healthy wetlands in southern Benin.',
          body: `<p>Thanks to its elongated hooves, the <strong>sitatunga</strong> (<em>Tragelaphus spekii</em>) moves easily through swamps. Although listed as Least Concern globally, its populations in Benin are small and isolated.</p>
<p>It survives in the lower Ouémé valley and the Couffo valley marshes, where hunting and wetland drainage threaten it.</p>`,
          fields: { commonNames: ['Sitatunga', 'Marshbuck'] },
        },
      },
    },
    {
      key: 'species-olive-ridley',
      type: 'species',
      publishedDaysAgo: 190,
      tags: ['GBF-TARGET-04', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: { scientificName: 'Lepidochelys olivacea', redListStatus: 'VU', taxonomicGroup: 'reptiles', endemic: false, invasive: false },
      translations: {
        fr: {
          title: 'Tortue olivâtre',
          summary:
            'La plus petite des tortues marines du golfe de Guinée et la plus fréquente sur les plages de ponte du Bénin.',
          body: `<p>La <strong>tortue olivâtre</strong> (<em>Lepidochelys olivacea</em>) pond de septembre à mars sur les plages de Grand-Popo, Ouidah et Sèmè-Kpodji. Elle est classée vulnérable par l'UICN.</p>
<p>Les captures accidentelles, le prélèvement des œufs, l'éclairage des plages et l'érosion côtière sont ses principales menaces.</p>`,
          fields: { commonNames: ['Tortue olivâtre'] },
        },
        en: {
          title: 'Olive ridley turtle',
          summary:
            "The smallest sea turtle in the Gulf of Guinea and the most common on Benin's nesting beaches.",
          body: `<p>The <strong>olive ridley turtle</strong> (<em>Lepidochelys olivacea</em>) nests from September to March on the beaches of Grand-Popo, Ouidah and Sèmè-Kpodji. It is listed as Vulnerable by IUCN.</p>
<p>Bycatch, egg collection, beach lighting and coastal erosion are its main threats.</p>`,
          fields: { commonNames: ['Olive ridley turtle', 'Pacific ridley'] },
        },
      },
    },
    {
      key: 'species-shea',
      type: 'species',
      publishedDaysAgo: 185,
      tags: ['GBF-TARGET-10', 'GBF-TARGET-09'],
      fields: { scientificName: 'Vitellaria paradoxa', redListStatus: 'VU', taxonomicGroup: 'plants', endemic: false, invasive: false },
      translations: {
        fr: {
          title: 'Karité',
          summary:
            "Arbre emblématique des savanes du nord, le karité fournit un revenu essentiel aux femmes rurales mais est classé vulnérable.",
          body: `<p>Le <strong>karité</strong> (<em>Vitellaria paradoxa</em>) est conservé par les agriculteurs dans leurs champs, formant des parcs agroforestiers. Ses amandes donnent le beurre de karité, transformé et commercialisé en grande partie par des groupements de femmes.</p>
<p>Classé vulnérable par l'UICN, il souffre du vieillissement des parcs, de la coupe pour le charbon de bois et de la faible régénération naturelle.</p>`,
          fields: { commonNames: ['Karité', 'Arbre à beurre'] },
        },
        en: {
          title: 'Shea tree',
          summary:
            'An emblematic tree of the northern savannas, shea provides vital income for rural women but is listed as Vulnerable.',
          body: `<p>The <strong>shea tree</strong> (<em>Vitellaria paradoxa</em>) is kept by farmers in their fields, forming agroforestry parklands. Its kernels yield shea butter, largely processed and sold by women's groups.</p>
<p>Listed as Vulnerable by IUCN, it suffers from ageing parklands, felling for charcoal and poor natural regeneration.</p>`,
          fields: { commonNames: ['Shea tree', 'Shea butter tree'] },
        },
      },
    },
    {
      key: 'species-water-hyacinth',
      type: 'species',
      publishedDaysAgo: 180,
      tags: ['GBF-TARGET-06', 'AICHI-TARGET-09'],
      fields: { scientificName: 'Pontederia crassipes', taxonomicGroup: 'plants', endemic: false, invasive: true },
      translations: {
        fr: {
          title: "Jacinthe d'eau",
          summary:
            "Plante aquatique flottante originaire d'Amérique du Sud, la jacinthe d'eau envahit le lac Nokoué, la lagune de Porto-Novo et l'Ouémé.",
          body: `<p>La <strong>jacinthe d'eau</strong> (<em>Pontederia crassipes</em>, anciennement <em>Eichhornia crassipes</em>) forme des tapis denses qui bloquent la lumière, réduisent l'oxygène dissous et entravent la pêche et la navigation.</p>
<p>Sa prolifération est favorisée par les eaux riches en nutriments issues des rejets urbains. La lutte combine récolte manuelle, valorisation de la biomasse et réduction des pollutions.</p>`,
          fields: { commonNames: ["Jacinthe d'eau"] },
        },
        en: {
          title: 'Water hyacinth',
          summary:
            'A floating aquatic plant native to South America, water hyacinth invades Lake Nokoué, Porto-Novo lagoon and the Ouémé River.',
          body: `<p><strong>Water hyacinth</strong> (<em>Pontederia crassipes</em>, formerly <em>Eichhornia crassipes</em>) forms dense mats that block light, lower dissolved oxygen and hinder fishing and boat traffic.</p>
<p>Its spread is fuelled by nutrient-rich water from urban discharges. Control combines manual harvesting, use of the biomass and pollution reduction.</p>`,
          fields: { commonNames: ['Water hyacinth'] },
        },
      },
    },

    // --------------------------------------------------------- organizations
    {
      key: 'org-mcvt',
      type: 'organization',
      publishedDaysAgo: 330,
      point: COTONOU,
      tags: ['GBF-TARGET-14', 'bj'],
      fields: {
        organizationType: 'government',
        address: 'Cotonou, République du Bénin',
        email: 'mcvt-biodiversite@example.org',
        phone: '+229 00 00 00 10',
      },
      translations: {
        fr: {
          title: 'Ministère du Cadre de Vie et des Transports, chargé du Développement Durable',
          summary:
            "Ministère chargé de l'environnement, point focal national de la Convention sur la diversité biologique.",
          body: `<p>Le ministère définit et met en œuvre la politique nationale en matière d'environnement, de développement durable, de cadre de vie et de transports.</p>
<p>Il coordonne l'élaboration de la SPANB, la préparation des rapports nationaux à la CDB et l'animation du Centre d'échange d'informations.</p>`,
          fields: { acronym: 'MCVT', city: 'Cotonou' },
        },
        en: {
          title: 'Ministry of Living Environment and Transport, in charge of Sustainable Development',
          summary:
            'The ministry responsible for the environment and national focal point for the Convention on Biological Diversity.',
          body: `<p>The ministry defines and implements national policy on the environment, sustainable development, living environment and transport.</p>
<p>It coordinates the preparation of the NBSAP and of national reports to the CBD, and runs the Clearing-House Mechanism.</p>`,
          fields: { acronym: 'MCVT', city: 'Cotonou' },
        },
      },
    },
    {
      key: 'org-cenagref',
      type: 'organization',
      publishedDaysAgo: 328,
      point: { lat: 6.37, lng: 2.43 },
      tags: ['GBF-TARGET-03', 'bj'],
      fields: {
        organizationType: 'government',
        address: 'Cotonou, République du Bénin',
        email: 'cenagref@example.org',
        phone: '+229 00 00 00 11',
      },
      translations: {
        fr: {
          title: 'Centre National de Gestion des Réserves de Faune',
          summary:
            'Établissement public chargé de la gestion des parcs nationaux et des zones cynégétiques du Bénin.',
          body: `<p>Le CENAGREF assure la gestion des aires protégées de faune du pays, en particulier les parcs nationaux de la Pendjari et du W et leurs zones cynégétiques, en partenariat avec les associations villageoises de gestion des réserves de faune.</p>
<p>Il conduit le suivi écologique, la surveillance et le développement de l'écotourisme.</p>`,
          fields: { acronym: 'CENAGREF', city: 'Cotonou' },
        },
        en: {
          title: 'National Centre for Wildlife Reserve Management',
          summary:
            "The public body responsible for managing Benin's national parks and hunting zones.",
          body: `<p>CENAGREF manages the country's wildlife protected areas, in particular Pendjari and W national parks and their hunting zones, in partnership with village wildlife-reserve management associations.</p>
<p>It carries out ecological monitoring, law enforcement and ecotourism development.</p>`,
          fields: { acronym: 'CENAGREF', city: 'Cotonou' },
        },
      },
    },
    {
      key: 'org-dgefc',
      type: 'organization',
      publishedDaysAgo: 326,
      point: { lat: 6.375, lng: 2.41 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-03'],
      fields: {
        organizationType: 'government',
        address: 'Cotonou, République du Bénin',
        email: 'dgefc@example.org',
        phone: '+229 00 00 00 12',
      },
      translations: {
        fr: {
          title: 'Direction Générale des Eaux, Forêts et Chasse',
          summary:
            "Administration chargée de la gestion des forêts classées, de la faune hors parcs nationaux et du contrôle de l'exploitation forestière.",
          body: `<p>La DGEFC administre le domaine forestier de l'État, dont les forêts classées comme la Lama, les Monts Kouffé ou Wari-Maro, et veille à l'application du régime forestier et du régime de la faune.</p>
<p>Elle conduit les campagnes nationales de reboisement et accompagne la reconnaissance des forêts sacrées.</p>`,
          fields: { acronym: 'DGEFC', city: 'Cotonou' },
        },
        en: {
          title: 'Directorate General of Water, Forests and Hunting',
          summary:
            'The administration responsible for classified forests, wildlife outside national parks and the control of logging.',
          body: `<p>DGEFC administers the State forest estate, including classified forests such as Lama, Monts Kouffé and Wari-Maro, and enforces the forest and wildlife laws.</p>
<p>It runs national tree-planting campaigns and supports the recognition of sacred forests.</p>`,
          fields: { acronym: 'DGEFC', city: 'Cotonou' },
        },
      },
    },
    {
      key: 'org-uac',
      type: 'organization',
      publishedDaysAgo: 324,
      point: { lat: 6.4175, lng: 2.3425 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20'],
      fields: {
        organizationType: 'academic',
        address: "Campus d'Abomey-Calavi, République du Bénin",
        website: 'https://uac.bj',
        email: 'biodiversite-uac@example.org',
        phone: '+229 00 00 00 13',
      },
      translations: {
        fr: {
          title: "Université d'Abomey-Calavi",
          summary:
            "Première université publique du Bénin, elle héberge l'Herbier national et plusieurs laboratoires de recherche en écologie et en foresterie.",
          body: `<p>L'Université d'Abomey-Calavi conduit une grande partie de la recherche nationale sur la biodiversité : inventaires floristiques et faunistiques, écologie des aires protégées, ethnobotanique et sciences halieutiques.</p>
<p>L'<strong>Herbier national du Bénin</strong> y conserve des collections de référence de la flore nationale.</p>`,
          fields: { acronym: 'UAC', city: 'Abomey-Calavi' },
        },
        en: {
          title: 'University of Abomey-Calavi',
          summary:
            "Benin's leading public university, home to the National Herbarium and several research laboratories in ecology and forestry.",
          body: `<p>The University of Abomey-Calavi carries out much of the national research on biodiversity: plant and animal inventories, protected-area ecology, ethnobotany and fisheries science.</p>
<p>The <strong>National Herbarium of Benin</strong> holds reference collections of the national flora.</p>`,
          fields: { acronym: 'UAC', city: 'Abomey-Calavi' },
        },
      },
    },
    {
      key: 'org-african-parks',
      type: 'organization',
      publishedDaysAgo: 322,
      point: { lat: 10.6217, lng: 1.2656 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04'],
      fields: {
        organizationType: 'ngo',
        address: 'Tanguiéta, Atacora, République du Bénin',
        website: 'https://www.africanparks.org',
        email: 'pendjari@example.org',
        phone: '+229 00 00 00 14',
      },
      translations: {
        fr: {
          title: 'African Parks',
          summary:
            "ONG de conservation qui gère, en partenariat avec l'État béninois, les parcs nationaux de la Pendjari et du W.",
          body: `<p>African Parks gère les parcs nationaux de la Pendjari (depuis 2017) et du W (depuis 2020) dans le cadre d'accords de partenariat avec le gouvernement du Bénin.</p>
<p>L'organisation finance la surveillance, le suivi écologique et des programmes de développement communautaire autour des parcs.</p>`,
          fields: { city: 'Tanguiéta' },
        },
        en: {
          title: 'African Parks',
          summary:
            'A conservation NGO managing Pendjari and W national parks in partnership with the Government of Benin.',
          body: `<p>African Parks manages Pendjari National Park (since 2017) and W National Park (since 2020) under partnership agreements with the Government of Benin.</p>
<p>The organisation funds law enforcement, ecological monitoring and community development programmes around the parks.</p>`,
          fields: { city: 'Tanguiéta' },
        },
      },
    },

    // ------------------------------------------------------- contact persons
    {
      key: 'contact-chm-focal-point',
      type: 'contact-person',
      publishedDaysAgo: 100,
      sortOrder: 1,
      tags: ['GBF-TARGET-21'],
      fields: { personName: 'Sèna Clarisse Akpovi', givenName: 'Sèna Clarisse', familyName: 'Akpovi', email: 'chm-focal-point@example.org', phone: '+229 00 00 00 01' },
      translations: {
        fr: {
          title: 'Sèna Clarisse Akpovi',
          summary: "Point focal national du Centre d'échange d'informations.",
          fields: {
            function: 'Point focal national du CHM',
            organizationName: 'Ministère du Cadre de Vie et des Transports, chargé du Développement Durable',
          },
        },
        en: {
          title: 'Sèna Clarisse Akpovi',
          summary: 'National focal point for the Clearing-House Mechanism.',
          fields: {
            function: 'National CHM focal point',
            organizationName: 'Ministry of Living Environment and Transport, in charge of Sustainable Development',
          },
        },
      },
    },
    {
      key: 'contact-wildlife-monitoring',
      type: 'contact-person',
      publishedDaysAgo: 100,
      sortOrder: 2,
      tags: ['GBF-TARGET-04'],
      fields: { personName: 'Ibrahim Gado Sabi', givenName: 'Ibrahim', familyName: 'Gado Sabi', email: 'suivi-faune@example.org', phone: '+229 00 00 00 02' },
      translations: {
        fr: {
          title: 'Ibrahim Gado Sabi',
          summary: 'Responsable du suivi écologique des aires protégées de faune.',
          fields: {
            function: 'Chef du service de suivi écologique',
            organizationName: 'Centre National de Gestion des Réserves de Faune (CENAGREF)',
          },
        },
        en: {
          title: 'Ibrahim Gado Sabi',
          summary: 'In charge of ecological monitoring in wildlife protected areas.',
          fields: {
            function: 'Head of ecological monitoring',
            organizationName: 'National Centre for Wildlife Reserve Management (CENAGREF)',
          },
        },
      },
    },
    {
      key: 'contact-forests',
      type: 'contact-person',
      publishedDaysAgo: 100,
      sortOrder: 3,
      tags: ['GBF-TARGET-02'],
      fields: { personName: 'Prudence Ahouansou', givenName: 'Prudence', familyName: 'Ahouansou', email: 'forets-classees@example.org', phone: '+229 00 00 00 03' },
      translations: {
        fr: {
          title: 'Prudence Ahouansou',
          summary: 'Chargée des forêts classées et des forêts sacrées.',
          fields: {
            function: "Chargée de l'aménagement des forêts classées et sacrées",
            organizationName: 'Direction Générale des Eaux, Forêts et Chasse',
          },
        },
        en: {
          title: 'Prudence Ahouansou',
          summary: 'Officer for classified and sacred forests.',
          fields: {
            function: 'Officer for the management of classified and sacred forests',
            organizationName: 'Directorate General of Water, Forests and Hunting',
          },
        },
      },
    },

    // ----------------------------------------------------- learning resources
    {
      key: 'learn-gbf-course',
      type: 'learning-resource',
      publishedDaysAgo: 70,
      tags: ['GBF-TARGET-20', 'GBF-GOAL-D'],
      fields: {
        resourceType: 'course',
        publicationDate: h.date(-75),
        authors: ['UN Environment Programme (InforMEA)'],
        audience: ['policy-makers', 'practitioners'],
        resourceUrl: 'https://elearning.informea.org',
        durationMinutes: 180,
      },
      translations: {
        fr: {
          title: 'Cours en ligne sur le Cadre mondial de la biodiversité de Kunming-Montréal',
          summary:
            'Modules gratuits en autoformation sur les objectifs, les cibles et la mise en œuvre nationale du Cadre mondial.',
          body: `<p>Proposé sur la plateforme d'apprentissage en ligne <a href="https://elearning.informea.org">InforMEA</a>, ce cours présente la structure du Cadre mondial, ses 4 objectifs et 23 cibles, ainsi que le rôle des SPANB et des rapports nationaux.</p>
<p>Recommandé aux agents des ministères et aux membres du comité national de révision de la SPANB.</p>`,
        },
        en: {
          title: 'Online course on the Kunming-Montreal Global Biodiversity Framework',
          summary:
            'Free self-paced modules on the goals, targets and national implementation of the Global Framework.',
          body: `<p>Offered on the <a href="https://elearning.informea.org">InforMEA</a> e-learning platform, this course explains the structure of the Global Framework, its 4 goals and 23 targets, and the role of NBSAPs and national reports.</p>
<p>Recommended for ministry staff and members of the national NBSAP revision committee.</p>`,
        },
      },
    },
    {
      key: 'learn-mammals-guide',
      type: 'learning-resource',
      publishedDaysAgo: 160,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-04'],
      fields: {
        resourceType: 'guide',
        publicationDate: h.date(-170),
        authors: ['Centre National de Gestion des Réserves de Faune', 'African Parks'],
        audience: ['practitioners', 'students'],
        resourceUrl: 'https://files.example.org/bj/guide-mammiferes-pendjari.pdf',
      },
      translations: {
        fr: {
          title: "Guide d'identification des grands mammifères de la Pendjari",
          summary:
            'Planches illustrées, traces et indices de présence des grands mammifères du nord du Bénin, pour les écogardes et les guides.',
          body: `<p>Ce guide de terrain décrit une cinquantaine d'espèces de grands et moyens mammifères, avec leurs critères d'identification, leurs empreintes et leurs habitats.</p>
<ul><li>Carnivores : lion, guépard, léopard, hyènes</li><li>Ongulés : éléphant, buffle, hippotrague, bubale, cobes</li><li>Primates : babouin, patas, singe vert</li></ul>`,
        },
        en: {
          title: 'Identification guide to the large mammals of Pendjari',
          summary:
            'Illustrated plates, tracks and signs of the large mammals of northern Benin, for eco-guards and guides.',
          body: `<p>This field guide describes some fifty species of large and medium-sized mammals, with identification features, tracks and habitats.</p>
<ul><li>Carnivores: lion, cheetah, leopard, hyenas</li><li>Ungulates: elephant, buffalo, roan antelope, hartebeest, kob and waterbuck</li><li>Primates: baboon, patas monkey, green monkey</li></ul>`,
        },
      },
    },
    {
      key: 'learn-sacred-forests-lesson',
      type: 'learning-resource',
      publishedDaysAgo: 88,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-22'],
      fields: {
        resourceType: 'lesson-plan',
        publicationDate: h.date(-90),
        authors: ['Direction Générale des Eaux, Forêts et Chasse'],
        audience: ['teachers', 'children'],
        durationMinutes: 90,
      },
      translations: {
        fr: {
          title: 'Fiche pédagogique : les forêts sacrées, gardiennes de la biodiversité',
          summary:
            "Une séance clé en main pour les classes de CM1-CM2 sur le rôle des forêts sacrées dans la conservation de la nature.",
          body: `<p>La séance alterne un récit sur la forêt sacrée du village, l'observation de feuilles et de graines d'arbres locaux et un jeu de rôle sur les règles de gestion coutumières.</p>
<p>Elle peut être complétée par une visite d'une forêt sacrée, avec l'accord de ses gardiens.</p>`,
        },
        en: {
          title: 'Lesson plan: sacred forests, guardians of biodiversity',
          summary:
            'A ready-to-use session for upper primary classes on the role of sacred forests in nature conservation.',
          body: `<p>The session combines a story about the village sacred forest, observation of leaves and seeds of local trees and a role-play on customary management rules.</p>
<p>It can be followed by a visit to a sacred forest, with the agreement of its custodians.</p>`,
        },
      },
    },

    // ---------------------------------------------------------- media items
    {
      key: 'media-lions-pendjari',
      type: 'media-item',
      publishedDaysAgo: 40,
      tags: ['GBF-TARGET-04', 'bj'],
      fields: {
        mediaKind: 'image',
        mediaUrl: 'https://images.example.org/bj/lions-pendjari.jpg',
        licence: 'CC-BY-4.0',
      },
      translations: {
        fr: {
          title: 'Lionnes au bord de la rivière Pendjari',
          summary: 'Deux lionnes se reposent près de la rivière Pendjari en fin de saison sèche.',
          fields: {
            altText: "Deux lionnes couchées dans l'herbe sèche au bord de la rivière Pendjari",
            credits: 'Photo : CENAGREF / équipe de suivi écologique',
          },
        },
        en: {
          title: 'Lionesses by the Pendjari River',
          summary: 'Two lionesses rest near the Pendjari River at the end of the dry season.',
          fields: {
            altText: 'Two lionesses lying in dry grass on the bank of the Pendjari River',
            credits: 'Photo: CENAGREF / ecological monitoring team',
          },
        },
      },
    },
    {
      key: 'media-ganvie-acadjas',
      type: 'media-item',
      publishedDaysAgo: 52,
      tags: ['GBF-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-14'],
      fields: {
        mediaKind: 'image',
        mediaUrl: 'https://images.example.org/bj/ganvie-acadjas.jpg',
        licence: 'CC-BY-SA-4.0',
      },
      translations: {
        fr: {
          title: 'Acadjas sur le lac Nokoué, à Ganvié',
          summary: 'Les parcs à poissons en branchages structurent le paysage du lac Nokoué.',
          fields: {
            altText: 'Pirogues entre des enclos de branchages plantés dans le lac Nokoué, maisons sur pilotis en arrière-plan',
            credits: 'Photo : Direction Générale des Eaux, Forêts et Chasse',
          },
        },
        en: {
          title: 'Acadja fish parks on Lake Nokoué, Ganvié',
          summary: 'Brushwood fish parks shape the landscape of Lake Nokoué.',
          fields: {
            altText: 'Dugout canoes between brushwood enclosures in Lake Nokoué, with stilt houses in the background',
            credits: 'Photo: Directorate General of Water, Forests and Hunting',
          },
        },
      },
    },
    {
      key: 'media-red-bellied-monkey',
      type: 'media-item',
      publishedDaysAgo: 120,
      tags: ['GBF-TARGET-04'],
      fields: {
        mediaKind: 'image',
        mediaUrl: 'https://images.example.org/bj/singe-ventre-rouge-lama.jpg',
        licence: 'CC-BY-NC-4.0',
      },
      translations: {
        fr: {
          title: 'Singe à ventre rouge dans la forêt de la Lama',
          summary: 'Un mâle adulte observé dans le noyau central de la forêt classée de la Lama.',
          fields: {
            altText: 'Singe au pelage gris, au ventre roux et à la gorge blanche, assis sur une branche',
            credits: "Photo : Laboratoire d'écologie appliquée, Université d'Abomey-Calavi",
          },
        },
        en: {
          title: 'Red-bellied monkey in the Lama forest',
          summary: 'An adult male seen in the core zone of the Lama classified forest.',
          fields: {
            altText: 'Grey monkey with a reddish belly and white throat sitting on a branch',
            credits: 'Photo: Laboratory of Applied Ecology, University of Abomey-Calavi',
          },
        },
      },
    },
    {
      key: 'media-mangrove-video',
      type: 'media-item',
      publishedDaysAgo: 175,
      tags: ['GBF-TARGET-02', 'GBF-TARGET-22'],
      fields: {
        mediaKind: 'video',
        mediaUrl: 'https://www.youtube.com/watch?v=bjMangr0v01',
        licence: 'all-rights-reserved',
      },
      translations: {
        fr: {
          title: 'Vidéo : replanter la mangrove des Bouches du Roy',
          summary: 'Quatre minutes avec les femmes et les jeunes qui restaurent la mangrove du delta du Mono.',
          fields: {
            altText: 'Reportage vidéo montrant la plantation de propagules de palétuviers depuis des pirogues',
            credits: 'Réalisation : cellule communication du ministère du Cadre de Vie',
          },
        },
        en: {
          title: 'Video: replanting the Bouches du Roy mangroves',
          summary: 'Four minutes with the women and young people restoring the Mono delta mangroves.',
          fields: {
            altText: 'Video report showing mangrove propagules being planted from dugout canoes',
            credits: 'Produced by the communication unit of the Ministry of Living Environment',
          },
        },
      },
    },

    // ------------------------------------------------------ related websites
    {
      key: 'link-cbd',
      type: 'related-website',
      publishedDaysAgo: 390,
      tags: ['GBF-TARGET-21'],
      fields: { url: 'https://www.cbd.int' },
      translations: {
        fr: {
          title: 'Convention sur la diversité biologique',
          summary: 'Site officiel du Secrétariat de la CDB : décisions, Cadre mondial de la biodiversité, rapports nationaux.',
        },
        en: {
          title: 'Convention on Biological Diversity',
          summary: 'Official website of the CBD Secretariat: decisions, the Global Biodiversity Framework, national reports.',
        },
      },
    },
    {
      key: 'link-gbif',
      type: 'related-website',
      publishedDaysAgo: 388,
      tags: ['GBF-TARGET-21'],
      fields: { url: 'https://www.gbif.org' },
      translations: {
        fr: {
          title: "GBIF – Système mondial d'information sur la biodiversité",
          summary: "Accès libre à des millions de données d'occurrence d'espèces, dont celles publiées par des institutions béninoises.",
        },
        en: {
          title: 'GBIF – Global Biodiversity Information Facility',
          summary: 'Free access to millions of species occurrence records, including those published by Beninese institutions.',
        },
      },
    },
    {
      key: 'link-african-parks-pendjari',
      type: 'related-website',
      publishedDaysAgo: 385,
      tags: ['GBF-TARGET-03'],
      fields: { url: 'https://www.africanparks.org/the-parks/pendjari' },
      translations: {
        fr: {
          title: 'Parc national de la Pendjari – African Parks',
          summary: 'Présentation du parc, actualités de conservation et informations pour les visiteurs.',
        },
        en: {
          title: 'Pendjari National Park – African Parks',
          summary: 'Park overview, conservation news and visitor information.',
        },
      },
    },
    {
      key: 'link-unesco-wap',
      type: 'related-website',
      publishedDaysAgo: 383,
      tags: ['GBF-TARGET-03'],
      fields: { url: 'https://whc.unesco.org/en/list/749' },
      translations: {
        fr: {
          title: "Complexe W-Arly-Pendjari – Patrimoine mondial de l'UNESCO",
          summary: 'Fiche du bien transfrontalier inscrit sur la Liste du patrimoine mondial (Bénin, Burkina Faso, Niger).',
        },
        en: {
          title: 'W-Arly-Pendjari Complex – UNESCO World Heritage',
          summary: 'Page of the transboundary property inscribed on the World Heritage List (Benin, Burkina Faso, Niger).',
        },
      },
    },
    {
      key: 'link-ramsar',
      type: 'related-website',
      publishedDaysAgo: 380,
      tags: ['GBF-TARGET-03', 'GBF-TARGET-11'],
      fields: { url: 'https://rsis.ramsar.org' },
      translations: {
        fr: {
          title: "Service d'information sur les sites Ramsar",
          summary: "Fiches descriptives et cartes des zones humides d'importance internationale, dont les sites Ramsar du Bénin.",
        },
        en: {
          title: 'Ramsar Sites Information Service',
          summary: "Information sheets and maps of Wetlands of International Importance, including Benin's Ramsar sites.",
        },
      },
    },
    {
      key: 'link-iucn-red-list',
      type: 'related-website',
      publishedDaysAgo: 378,
      tags: ['GBF-TARGET-04'],
      fields: { url: 'https://www.iucnredlist.org' },
      translations: {
        fr: {
          title: "Liste rouge de l'UICN des espèces menacées",
          summary: "Référence mondiale sur l'état de conservation des espèces animales, végétales et fongiques.",
        },
        en: {
          title: 'IUCN Red List of Threatened Species',
          summary: 'The global reference on the conservation status of animal, plant and fungal species.',
        },
      },
    },

    // ------------------------------------------------------------------- faq
    {
      key: 'faq-what-is-chm',
      type: 'faq',
      publishedDaysAgo: 95,
      sortOrder: 1,
      tags: ['GBF-TARGET-21'],
      translations: {
        fr: {
          title: "Qu'est-ce que le Centre d'échange d'informations (CHM) ?",
          body: `<p>Le Centre d'échange d'informations, ou CHM (<em>Clearing-House Mechanism</em>), est prévu par l'article 18 de la Convention sur la diversité biologique. Il favorise la coopération scientifique et technique et l'échange d'informations sur la biodiversité.</p>
<p>Le CHM du Bénin est le nœud national de ce réseau : il publie les informations nationales et renvoie vers le <a href="https://chm.cbd.int">CHM central de la CDB</a>.</p>`,
          fields: { category: 'Le CHM' },
        },
        en: {
          title: 'What is the Clearing-House Mechanism (CHM)?',
          body: `<p>The Clearing-House Mechanism (CHM) is established by Article 18 of the Convention on Biological Diversity. It promotes technical and scientific cooperation and the exchange of information on biodiversity.</p>
<p>Benin's CHM is the national node of this network: it publishes national information and links to the <a href="https://chm.cbd.int">central CBD CHM</a>.</p>`,
          fields: { category: 'About the CHM' },
        },
      },
    },
    {
      key: 'faq-how-to-contribute',
      type: 'faq',
      publishedDaysAgo: 95,
      sortOrder: 2,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-22'],
      translations: {
        fr: {
          title: 'Comment publier une actualité ou un événement sur le site ?',
          body: `<p>Les institutions membres du réseau national disposent d'un correspondant habilité à proposer des contenus. Si votre organisation n'en a pas encore, écrivez au point focal national du CHM.</p>
<p>Chaque contenu est relu avant publication et doit, si possible, être fourni en français et en anglais.</p>`,
          fields: { category: 'Contribuer' },
        },
        en: {
          title: 'How can I publish news or an event on the site?',
          body: `<p>Member institutions of the national network have a correspondent authorised to submit content. If your organisation does not have one yet, write to the national CHM focal point.</p>
<p>All content is reviewed before publication and should, where possible, be provided in both French and English.</p>`,
          fields: { category: 'Contributing' },
        },
      },
    },
    {
      key: 'faq-what-is-gbf',
      type: 'faq',
      publishedDaysAgo: 95,
      sortOrder: 3,
      tags: ['GBF-GOAL-A', 'GBF-GOAL-D'],
      translations: {
        fr: {
          title: "Qu'est-ce que le Cadre mondial de la biodiversité de Kunming-Montréal ?",
          body: `<p>Adopté en décembre 2022 lors de la COP 15, le <strong>Cadre mondial de la biodiversité de Kunming-Montréal</strong> fixe 4 objectifs à l'horizon 2050 et 23 cibles à atteindre d'ici 2030, dont la conservation de 30 % des terres et des mers.</p>
<p>Chaque Partie, dont le Bénin, traduit ces cibles dans sa SPANB et rend compte de ses progrès dans ses rapports nationaux. Plus d'informations sur <a href="https://www.cbd.int/gbf">cbd.int/gbf</a>.</p>`,
          fields: { category: 'Politiques' },
        },
        en: {
          title: 'What is the Kunming-Montreal Global Biodiversity Framework?',
          body: `<p>Adopted in December 2022 at COP 15, the <strong>Kunming-Montreal Global Biodiversity Framework</strong> sets 4 goals for 2050 and 23 targets for 2030, including conserving 30% of land and sea.</p>
<p>Each Party, including Benin, translates these targets into its NBSAP and reports on progress in its national reports. More at <a href="https://www.cbd.int/gbf">cbd.int/gbf</a>.</p>`,
          fields: { category: 'Policy' },
        },
      },
    },
    {
      key: 'faq-report-sighting',
      type: 'faq',
      publishedDaysAgo: 95,
      sortOrder: 4,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-21'],
      translations: {
        fr: {
          title: "Comment signaler l'observation d'une espèce menacée ou envahissante ?",
          body: `<p>Envoyez au point focal du CHM une photo, la date, le lieu (de préférence avec les coordonnées GPS) et une brève description. Ne capturez et ne dérangez jamais l'animal.</p>
<p>Les observations validées sont transmises aux gestionnaires concernés et versées dans les bases de données nationales.</p>`,
          fields: { category: 'Espèces' },
        },
        en: {
          title: 'How do I report a sighting of a threatened or invasive species?',
          body: `<p>Send the CHM focal point a photo, the date, the location (ideally with GPS coordinates) and a short description. Never capture or disturb the animal.</p>
<p>Validated observations are passed on to the relevant managers and added to national databases.</p>`,
          fields: { category: 'Species' },
        },
      },
    },

    // ----------------------------------------------------------------- pages
    {
      key: 'page-about',
      type: 'page',
      publishedDaysAgo: 120,
      sortOrder: 1,
      tags: ['GBF-TARGET-21', 'bj'],
      translations: {
        fr: {
          title: 'À propos du CHM du Bénin',
          summary:
            "Le Centre d'échange d'informations du Bénin facilite l'accès à l'information sur la biodiversité nationale et la coopération entre acteurs.",
          body: `<p>Le <strong>Centre d'échange d'informations (CHM) du Bénin</strong> est le portail national d'information sur la biodiversité, mis en place en application de l'article 18 de la Convention sur la diversité biologique, que le Bénin a ratifiée en 1994.</p>
<h2>Nos missions</h2>
<ul><li>Rendre accessibles les informations sur la biodiversité du Bénin et sa gestion</li><li>Suivre la mise en œuvre de la SPANB et des cibles nationales</li><li>Favoriser la coopération scientifique et technique entre institutions</li></ul>
<p>Le CHM est animé par le point focal national, au sein du ministère du Cadre de Vie et des Transports, chargé du Développement Durable, avec un réseau d'institutions partenaires.</p>`,
        },
        en: {
          title: 'About the Benin CHM',
          summary:
            "Benin's Clearing-House Mechanism makes information on national biodiversity easier to find and supports cooperation between stakeholders.",
          body: `<p>The <strong>Benin Clearing-House Mechanism (CHM)</strong> is the national biodiversity information portal, set up under Article 18 of the Convention on Biological Diversity, which Benin ratified in 1994.</p>
<h2>Our mission</h2>
<ul><li>Make information on Benin's biodiversity and its management accessible</li><li>Track implementation of the NBSAP and national targets</li><li>Foster scientific and technical cooperation between institutions</li></ul>
<p>The CHM is run by the national focal point within the Ministry of Living Environment and Transport, in charge of Sustainable Development, together with a network of partner institutions.</p>`,
        },
      },
    },
    {
      key: 'page-biodiversity-of-benin',
      type: 'page',
      publishedDaysAgo: 118,
      sortOrder: 2,
      tags: ['GBF-GOAL-A', 'bj'],
      translations: {
        fr: {
          title: 'La biodiversité au Bénin',
          summary:
            "Des savanes du nord aux lagunes côtières, le Bénin réunit une grande diversité d'écosystèmes sur un territoire de 114 763 km².",
          body: `<p>Étiré sur près de 700 km entre le fleuve Niger et l'océan Atlantique, le Bénin traverse plusieurs zones climatiques. On y distingue schématiquement :</p>
<ul><li>au nord, les <strong>savanes soudaniennes</strong> et le complexe W-Arly-Pendjari, refuge de la grande faune ouest-africaine ;</li><li>au centre, une mosaïque de forêts claires, de galeries forestières et de forêts classées ;</li><li>au sud, le <strong>Dahomey Gap</strong>, ses îlots forestiers et ses forêts sacrées, puis les zones humides de l'Ouémé, du lac Nokoué et du delta du Mono.</li></ul>
<p>Cette biodiversité est soumise à de fortes pressions : défrichement agricole, bois-énergie, braconnage, surpêche, pollution et changements climatiques.</p>`,
        },
        en: {
          title: 'Biodiversity in Benin',
          summary:
            'From the northern savannas to the coastal lagoons, Benin brings together a wide range of ecosystems on a territory of 114,763 km².',
          body: `<p>Stretching some 700 km from the Niger River to the Atlantic Ocean, Benin spans several climate zones. Broadly speaking:</p>
<ul><li>in the north, the <strong>Sudanian savannas</strong> and the W-Arly-Pendjari complex, a refuge for West Africa's large wildlife;</li><li>in the centre, a mosaic of open woodland, gallery forests and classified forests;</li><li>in the south, the <strong>Dahomey Gap</strong> with its forest patches and sacred groves, then the wetlands of the Ouémé, Lake Nokoué and the Mono delta.</li></ul>
<p>This biodiversity faces heavy pressures: land clearing for agriculture, fuelwood, poaching, overfishing, pollution and climate change.</p>`,
        },
      },
    },
    {
      key: 'page-nbsap',
      type: 'page',
      publishedDaysAgo: 115,
      sortOrder: 3,
      tags: ['GBF-TARGET-14', 'GBF-GOAL-D', 'AICHI-TARGET-17'],
      translations: {
        fr: {
          title: "Stratégie et plan d'action nationaux (SPANB)",
          summary:
            "La SPANB est le principal instrument de mise en œuvre de la Convention sur la diversité biologique au Bénin.",
          body: `<p>Après une première stratégie adoptée en 2002, le Bénin a élaboré sa <strong>SPANB 2011-2020</strong>, alignée sur le Plan stratégique 2011-2020 et les objectifs d'Aichi.</p>
<p>La SPANB est actuellement révisée pour l'aligner sur le Cadre mondial de la biodiversité de Kunming-Montréal. La nouvelle stratégie fixe des cibles nationales à l'horizon 2030, un plan d'action chiffré et un dispositif de suivi.</p>
<h2>Documents</h2>
<p>Le projet de SPANB 2025-2030 et les cibles nationales sont consultables dans les rubriques Documents et Cibles nationales. Les SPANB précédentes sont disponibles sur le <a href="https://www.cbd.int/nbsap">site de la CDB</a>.</p>`,
        },
        en: {
          title: 'National Biodiversity Strategy and Action Plan (NBSAP)',
          summary:
            'The NBSAP is the main instrument for implementing the Convention on Biological Diversity in Benin.',
          body: `<p>Following a first strategy adopted in 2002, Benin developed its <strong>2011-2020 NBSAP</strong>, aligned with the 2011-2020 Strategic Plan and the Aichi Targets.</p>
<p>The NBSAP is now being revised to align it with the Kunming-Montreal Global Biodiversity Framework. The new strategy sets national targets for 2030, a costed action plan and a monitoring framework.</p>
<h2>Documents</h2>
<p>The draft 2025-2030 NBSAP and the national targets are available in the Documents and National targets sections. Earlier NBSAPs are available on the <a href="https://www.cbd.int/nbsap">CBD website</a>.</p>`,
        },
      },
    },
    {
      key: 'page-partners',
      type: 'page',
      publishedDaysAgo: 112,
      sortOrder: 4,
      tags: ['GBF-TARGET-22', 'GBF-TARGET-21'],
      translations: {
        fr: {
          title: 'Réseau des partenaires du CHM',
          summary:
            "Administrations, universités, ONG et communautés contribuent à l'information publiée sur le CHM du Bénin.",
          body: `<p>Le CHM s'appuie sur un réseau d'institutions qui partagent leurs données, leurs publications et leurs actualités :</p>
<ul><li>les services de l'État : DGEFC, CENAGREF, Agence béninoise pour l'environnement ;</li><li>les universités d'Abomey-Calavi et de Parakou ;</li><li>les gestionnaires d'aires protégées, dont African Parks ;</li><li>les ONG et associations locales de conservation.</li></ul>
<p>Votre organisation souhaite rejoindre le réseau ? Contactez le point focal national.</p>`,
        },
        en: {
          title: 'CHM partner network',
          summary:
            'Government agencies, universities, NGOs and communities contribute to the information published on the Benin CHM.',
          body: `<p>The CHM relies on a network of institutions that share their data, publications and news:</p>
<ul><li>government services: DGEFC, CENAGREF, the Benin Environment Agency;</li><li>the universities of Abomey-Calavi and Parakou;</li><li>protected-area managers, including African Parks;</li><li>local NGOs and conservation associations.</li></ul>
<p>Would your organisation like to join the network? Contact the national focal point.</p>`,
        },
      },
    },
  ],
};
