/**
 * Demo site: Belgium (Belgian Clearing-House Mechanism), in English, French and Dutch.
 *
 * Places, species, institutions and policy context are real; people are invented (contact
 * persons use example.org addresses and placeholder phone numbers), and document files, media
 * and a few project figures are illustrative.
 */
import { demoMenus } from '../demo-menus.ts';
import type { SeedHelpers, SeedItem, SeedSite, SeedTranslation } from '../seed-types.ts';

const ZONE = 'Europe/Brussels';

/** The three translations of an item, in the site's languages. */
function tr(en: SeedTranslation, fr: SeedTranslation, nl: SeedTranslation): Record<string, SeedTranslation> {
  return { en, fr, nl };
}

// ---------------------------------------------------------------------------------------------
// News
// ---------------------------------------------------------------------------------------------

function news(): SeedItem[] {
  return [
    {
      key: 'news-chm-new-website',
      type: 'news',
      publishedDaysAgo: 3,
      sticky: true,
      promoted: true,
      tags: ['GBF-TARGET-21', 'be'],
      translations: tr(
        {
          title: 'The Belgian Clearing-House Mechanism has a new website',
          summary:
            'The Belgian CHM moves to a new platform that brings news, national targets, protected areas and species together in English, French and Dutch.',
          body: `<p>Belgium’s Clearing-House Mechanism (CHM) for the Convention on Biological Diversity has moved to a new website. It gathers in one place the information that federal and regional authorities, scientists and civil society share on Belgian biodiversity.</p>
<h2>What’s new</h2>
<ul><li>All content in English, French and Dutch</li><li>A map of protected areas, ecosystems and projects</li><li>Belgium’s national targets under the Kunming-Montreal Global Biodiversity Framework, with their indicators</li></ul>
<p>The CHM is hosted by the <strong>Royal Belgian Institute of Natural Sciences</strong>, home of the Belgian national focal point to the CBD. Suggestions are welcome through the contact page or at <a href="https://www.biodiv.be">biodiv.be</a>.</p>`,
        },
        {
          title: 'Le Centre d’échange belge fait peau neuve',
          summary:
            'Le CHM belge s’installe sur une nouvelle plateforme qui réunit actualités, objectifs nationaux, aires protégées et espèces, en français, en néerlandais et en anglais.',
          body: `<p>Le Centre d’échange (CHM) de la Belgique pour la Convention sur la diversité biologique dispose désormais d’un nouveau site. Il rassemble en un seul endroit les informations que les autorités fédérales et régionales, les scientifiques et la société civile partagent sur la biodiversité belge.</p>
<h2>Les nouveautés</h2>
<ul><li>Tous les contenus en français, en néerlandais et en anglais</li><li>Une carte des aires protégées, des écosystèmes et des projets</li><li>Les objectifs nationaux de la Belgique au titre du Cadre mondial de la biodiversité de Kunming-Montréal, avec leurs indicateurs</li></ul>
<p>Le CHM est hébergé par l’<strong>Institut royal des Sciences naturelles de Belgique</strong>, où se trouve le point focal national de la CDB. Vos suggestions sont les bienvenues via la page de contact ou sur <a href="https://www.biodiv.be">biodiv.be</a>.</p>`,
        },
        {
          title: 'Het Belgische Clearing-House Mechanism heeft een nieuwe website',
          summary:
            'Het Belgische CHM verhuist naar een nieuw platform dat nieuws, nationale doelstellingen, beschermde gebieden en soorten bundelt, in het Nederlands, Frans en Engels.',
          body: `<p>Het Clearing-House Mechanism (CHM) van België voor het Verdrag inzake biologische diversiteit heeft een nieuwe website. Die brengt de informatie samen die federale en gewestelijke overheden, wetenschappers en het middenveld delen over de Belgische biodiversiteit.</p>
<h2>Wat is er nieuw?</h2>
<ul><li>Alle inhoud in het Nederlands, Frans en Engels</li><li>Een kaart met beschermde gebieden, ecosystemen en projecten</li><li>De nationale doelstellingen van België onder het Mondiaal Biodiversiteitskader van Kunming-Montreal, met hun indicatoren</li></ul>
<p>Het CHM wordt gehost door het <strong>Koninklijk Belgisch Instituut voor Natuurwetenschappen</strong>, waar ook het nationale focal point voor het Biodiversiteitsverdrag zit. Suggesties zijn welkom via de contactpagina of op <a href="https://www.biodiv.be">biodiv.be</a>.</p>`,
        },
      ),
    },
    {
      key: 'news-hamster-release',
      type: 'news',
      publishedDaysAgo: 18,
      promoted: true,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-10', 'be'],
      fields: { sourceUrl: 'https://www.vlaanderen.be/inbo' },
      translations: tr(
        {
          title: 'Young European hamsters released on farmland in Haspengouw',
          summary:
            'Captive-bred hamsters have been released on hamster-friendly fields in Limburg, part of the Flemish effort to save Belgium’s most threatened mammal.',
          body: `<p>The European hamster (<em>Cricetus cricetus</em>) once lived in large numbers on the loess soils of Haspengouw and Hesbaye. Intensive farming has pushed it to the brink: the species is now listed as Critically Endangered on the IUCN Red List, and only a handful of Belgian populations remain.</p>
<p>This season, young hamsters from a conservation breeding programme were released on fields where farmers leave strips of cereals and alfalfa standing. These strips give cover from predators and food through the winter.</p>
<p><strong>Why it matters:</strong> the hamster is an umbrella species for open farmland. Measures that help it also benefit farmland birds such as the grey partridge and the skylark.</p>
<p>Read more about the monitoring on the <a href="https://www.vlaanderen.be/inbo">INBO website</a>.</p>`,
          fields: { source: 'Research Institute for Nature and Forest (INBO)' },
        },
        {
          title: 'De jeunes grands hamsters relâchés dans les champs de Hesbaye limbourgeoise',
          summary:
            'Des hamsters nés en élevage ont été relâchés dans des champs gérés en leur faveur au Limbourg, dans le cadre des efforts flamands pour sauver le mammifère le plus menacé de Belgique.',
          body: `<p>Le grand hamster (<em>Cricetus cricetus</em>) était autrefois abondant sur les sols limoneux de la Hesbaye. L’intensification agricole l’a mené au bord de l’extinction : l’espèce est aujourd’hui classée « en danger critique » sur la Liste rouge de l’UICN et il ne subsiste que quelques populations en Belgique.</p>
<p>Cette saison, de jeunes hamsters issus d’un programme d’élevage conservatoire ont été relâchés dans des champs où les agriculteurs laissent sur pied des bandes de céréales et de luzerne. Ces bandes les protègent des prédateurs et les nourrissent pendant l’hiver.</p>
<p><strong>Pourquoi c’est important :</strong> le hamster est une espèce parapluie des plaines agricoles. Les mesures prises en sa faveur profitent aussi aux oiseaux des champs, comme la perdrix grise et l’alouette des champs.</p>
<p>Pour en savoir plus sur le suivi, consultez le <a href="https://www.vlaanderen.be/inbo">site de l’INBO</a> (en néerlandais).</p>`,
          fields: { source: 'Institut de recherche sur la nature et les forêts (INBO)' },
        },
        {
          title: 'Jonge korenwolven uitgezet op akkers in Haspengouw',
          summary:
            'In Limburg zijn gekweekte korenwolven vrijgelaten op hamstervriendelijk beheerde akkers, als onderdeel van de Vlaamse inspanningen om het meest bedreigde zoogdier van België te redden.',
          body: `<p>De korenwolf (<em>Cricetus cricetus</em>) kwam vroeger talrijk voor op de lössbodems van Haspengouw. Door de intensivering van de landbouw is hij bijna verdwenen: de soort staat als ernstig bedreigd op de Rode Lijst van de IUCN en in België resten nog maar enkele populaties.</p>
<p>Dit seizoen werden jonge korenwolven uit een kweekprogramma uitgezet op percelen waar landbouwers stroken graan en luzerne laten staan. Die stroken bieden dekking tegen roofdieren en voedsel voor de winter.</p>
<p><strong>Waarom dit belangrijk is:</strong> de korenwolf is een paraplusoort voor het open akkerland. Maatregelen voor de korenwolf helpen ook akkervogels zoals de patrijs en de veldleeuwerik.</p>
<p>Meer over de monitoring lees je op de <a href="https://www.vlaanderen.be/inbo">website van het INBO</a>.</p>`,
          fields: { source: 'Instituut voor Natuur- en Bosonderzoek (INBO)' },
        },
      ),
    },
    {
      key: 'news-national-targets-published',
      type: 'news',
      publishedDaysAgo: 45,
      promoted: true,
      tags: ['GBF-GOAL-A', 'GBF-TARGET-03', 'be'],
      fields: { sourceUrl: 'https://www.cbd.int/gbf' },
      translations: tr(
        {
          title: 'Belgium publishes its national targets for the Global Biodiversity Framework',
          summary:
            'Federal and regional authorities agreed a joint set of national targets that translate the 23 global targets of the Kunming-Montreal framework to the Belgian context.',
          body: `<p>Belgium has shared its national targets with the Secretariat of the Convention on Biological Diversity through the Online Reporting Tool. They translate the 23 targets of the Kunming-Montreal Global Biodiversity Framework, adopted at COP15 in December 2022, to the Belgian context.</p>
<p>Because nature policy in Belgium is largely a regional competence, the targets were prepared jointly by the federal government and the Flemish, Walloon and Brussels-Capital regions, within the Coordination Committee for International Environmental Policy.</p>
<h2>Highlights</h2>
<ul><li>At least 30% of land and sea effectively protected and managed by 2030</li><li>Restoration of degraded ecosystems, in line with the EU Nature Restoration Regulation</li><li>Halving the rate at which invasive alien species are introduced</li></ul>
<p>Each target is described in the national targets section of this site. More on the global framework: <a href="https://www.cbd.int/gbf">cbd.int/gbf</a>.</p>`,
          fields: { source: 'Belgian CBD national focal point' },
        },
        {
          title: 'La Belgique publie ses objectifs nationaux pour le Cadre mondial de la biodiversité',
          summary:
            'Les autorités fédérales et régionales ont adopté un ensemble commun d’objectifs nationaux qui transposent au contexte belge les 23 cibles mondiales du cadre de Kunming-Montréal.',
          body: `<p>La Belgique a transmis ses objectifs nationaux au Secrétariat de la Convention sur la diversité biologique au moyen de l’outil de rapportage en ligne (ORT). Ils transposent au contexte belge les 23 cibles du Cadre mondial de la biodiversité de Kunming-Montréal, adopté lors de la COP15 en décembre 2022.</p>
<p>La politique de la nature relevant en grande partie des Régions, ces objectifs ont été élaborés conjointement par l’État fédéral et les Régions flamande, wallonne et de Bruxelles-Capitale, au sein du Comité de coordination de la politique internationale de l’environnement.</p>
<h2>Points clés</h2>
<ul><li>Au moins 30 % des terres et des mers effectivement protégées et gérées d’ici 2030</li><li>La restauration des écosystèmes dégradés, conformément au règlement européen sur la restauration de la nature</li><li>La réduction de moitié du rythme d’introduction des espèces exotiques envahissantes</li></ul>
<p>Chaque objectif est présenté dans la rubrique « Objectifs nationaux » de ce site. Pour en savoir plus sur le cadre mondial : <a href="https://www.cbd.int/gbf">cbd.int/gbf</a>.</p>`,
          fields: { source: 'Point focal national belge de la CDB' },
        },
        {
          title: 'België publiceert zijn nationale doelstellingen voor het Mondiaal Biodiversiteitskader',
          summary:
            'De federale en gewestelijke overheden legden samen nationale doelstellingen vast die de 23 mondiale doelen van het kader van Kunming-Montreal vertalen naar de Belgische context.',
          body: `<p>België heeft zijn nationale doelstellingen via de Online Reporting Tool bezorgd aan het secretariaat van het Verdrag inzake biologische diversiteit. Ze vertalen de 23 doelen van het Mondiaal Biodiversiteitskader van Kunming-Montreal, dat in december 2022 op COP15 werd aangenomen, naar de Belgische context.</p>
<p>Omdat natuurbeleid in België grotendeels een gewestelijke bevoegdheid is, werden de doelstellingen samen opgesteld door de federale overheid en het Vlaamse, het Waalse en het Brusselse Hoofdstedelijke Gewest, binnen het Coördinatiecomité Internationaal Milieubeleid.</p>
<h2>Blikvangers</h2>
<ul><li>Tegen 2030 minstens 30% van land en zee effectief beschermd en beheerd</li><li>Herstel van aangetaste ecosystemen, in lijn met de Europese natuurherstelverordening</li><li>Het tempo waarmee invasieve uitheemse soorten binnenkomen halveren</li></ul>
<p>Elke doelstelling wordt toegelicht in de rubriek Nationale doelstellingen van deze site. Meer over het mondiale kader: <a href="https://www.cbd.int/gbf">cbd.int/gbf</a>.</p>`,
          fields: { source: 'Belgisch nationaal focal point voor het Biodiversiteitsverdrag' },
        },
      ),
    },
    {
      key: 'news-asian-hornet-nests',
      type: 'news',
      publishedDaysAgo: 70,
      tags: ['GBF-TARGET-06', 'be'],
      fields: { sourceUrl: 'https://observations.be' },
      translations: tr(
        {
          title: 'Spotted an Asian hornet nest? Report it online',
          summary:
            'The regions ask everyone to report Asian hornet nests, so that they can be removed before the new queens leave in autumn.',
          body: `<p>The Asian hornet (<em>Vespa velutina</em>) was first recorded in Belgium in 2016 and has since spread across the country. It preys heavily on honeybees and other pollinators and is on the list of invasive alien species of Union concern under EU Regulation 1143/2014.</p>
<p>Nests are often built high in trees and only become visible when the leaves fall. Removing them before the new queens leave is the most effective way to slow the spread.</p>
<ul><li>Take a photo if you can do so safely, and never approach the nest</li><li>Report the sighting on <a href="https://observations.be">observations.be</a> or <a href="https://waarnemingen.be">waarnemingen.be</a></li><li>Your municipality or region will arrange removal by a professional</li></ul>`,
          fields: { source: 'Belgian Forum on Invasive Species' },
        },
        {
          title: 'Un nid de frelon asiatique ? Signalez-le en ligne',
          summary:
            'Les Régions demandent à chacun de signaler les nids de frelon asiatique, afin qu’ils puissent être détruits avant le départ des nouvelles reines à l’automne.',
          body: `<p>Le frelon asiatique (<em>Vespa velutina</em>) a été observé pour la première fois en Belgique en 2016 et s’est depuis répandu dans tout le pays. Grand prédateur d’abeilles domestiques et d’autres pollinisateurs, il figure sur la liste des espèces exotiques envahissantes préoccupantes pour l’Union au titre du règlement européen 1143/2014.</p>
<p>Les nids sont souvent construits haut dans les arbres et ne deviennent visibles qu’à la chute des feuilles. Les détruire avant le départ des nouvelles reines est le moyen le plus efficace de freiner l’invasion.</p>
<ul><li>Prenez une photo si vous pouvez le faire sans danger, et ne vous approchez jamais du nid</li><li>Signalez l’observation sur <a href="https://observations.be">observations.be</a> ou <a href="https://waarnemingen.be">waarnemingen.be</a></li><li>Votre commune ou votre Région organisera la destruction par un professionnel</li></ul>`,
          fields: { source: 'Forum belge sur les espèces invasives' },
        },
        {
          title: 'Een nest van de Aziatische hoornaar gezien? Meld het online',
          summary:
            'De gewesten vragen iedereen om nesten van de Aziatische hoornaar te melden, zodat ze verwijderd kunnen worden voordat de nieuwe koninginnen in het najaar uitvliegen.',
          body: `<p>De Aziatische hoornaar (<em>Vespa velutina</em>) werd in 2016 voor het eerst in België waargenomen en heeft zich sindsdien over het hele land verspreid. Hij jaagt intensief op honingbijen en andere bestuivers en staat op de Unielijst van invasieve uitheemse soorten van de Europese verordening 1143/2014.</p>
<p>Nesten hangen vaak hoog in bomen en worden pas zichtbaar wanneer de bladeren vallen. Ze verwijderen voordat de nieuwe koninginnen uitvliegen, is de doeltreffendste manier om de verspreiding af te remmen.</p>
<ul><li>Neem een foto als dat veilig kan, en ga nooit dicht bij het nest</li><li>Meld de waarneming op <a href="https://waarnemingen.be">waarnemingen.be</a> of <a href="https://observations.be">observations.be</a></li><li>Je gemeente of gewest laat het nest door een professional verwijderen</li></ul>`,
          fields: { source: 'Belgisch Forum over Invasieve Soorten' },
        },
      ),
    },
    {
      key: 'news-otter-returns',
      type: 'news',
      publishedDaysAgo: 120,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-07', 'be'],
      translations: tr(
        {
          title: 'The otter is back in Belgian rivers',
          summary:
            'Camera traps and spraint surveys confirm that the Eurasian otter is recolonising Belgian river valleys, decades after it nearly disappeared.',
          body: `<p>By the end of the 20th century the Eurasian otter (<em>Lutra lutra</em>) had all but vanished from Belgium, a victim of water pollution, habitat loss and road traffic. Cleaner rivers and restored valleys are now bringing it back.</p>
<p>Otters have settled in the Kempen, in the Meuse valley and along several Ardennes rivers, with animals arriving from the Netherlands and Germany. In recent years the first young have been recorded again.</p>
<p>Fish passes, otter tunnels under roads and quiet riverbanks remain essential if the population is to grow. Sightings can be shared on <a href="https://waarnemingen.be">waarnemingen.be</a> or <a href="https://observations.be">observations.be</a>.</p>`,
        },
        {
          title: 'La loutre est de retour dans les rivières belges',
          summary:
            'Pièges photographiques et relevés d’épreintes le confirment : la loutre d’Europe recolonise les vallées belges, des décennies après avoir presque disparu.',
          body: `<p>À la fin du siècle dernier, la loutre d’Europe (<em>Lutra lutra</em>) avait pratiquement disparu de Belgique, victime de la pollution des eaux, de la perte de ses habitats et de la circulation routière. Des rivières plus propres et des vallées restaurées permettent aujourd’hui son retour.</p>
<p>La loutre s’est installée en Campine, dans la vallée de la Meuse et le long de plusieurs rivières ardennaises, avec des individus venus des Pays-Bas et d’Allemagne. Ces dernières années, les premiers jeunes ont de nouveau été observés.</p>
<p>Passes à poissons, passages sous les routes et berges tranquilles restent indispensables pour que la population progresse. Vos observations sont les bienvenues sur <a href="https://observations.be">observations.be</a>.</p>`,
        },
        {
          title: 'De otter is terug in de Belgische rivieren',
          summary:
            'Cameravallen en sporenonderzoek bevestigen dat de otter de Belgische riviervalleien opnieuw koloniseert, decennia nadat hij bijna verdwenen was.',
          body: `<p>Op het einde van de twintigste eeuw was de otter (<em>Lutra lutra</em>) zo goed als verdwenen uit België, door waterverontreiniging, het verlies van leefgebied en het verkeer. Schonere rivieren en herstelde valleien zorgen nu voor zijn terugkeer.</p>
<p>Otters hebben zich gevestigd in de Kempen, in de Maasvallei en langs verschillende Ardense rivieren, met dieren die uit Nederland en Duitsland komen. De voorbije jaren werden opnieuw de eerste jongen vastgesteld.</p>
<p>Vispassages, ottertunnels onder wegen en rustige oevers blijven noodzakelijk om de populatie te laten groeien. Waarnemingen kun je doorgeven op <a href="https://waarnemingen.be">waarnemingen.be</a>.</p>`,
        },
      ),
    },
    {
      key: 'news-porpoise-aerial-survey',
      type: 'news',
      publishedDaysAgo: 205,
      tags: ['GBF-TARGET-21', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: { sourceUrl: 'https://www.naturalsciences.be' },
      translations: tr(
        {
          title: 'Harbour porpoises in the Belgian North Sea counted from the air',
          summary:
            'Aerial surveys by the Royal Belgian Institute of Natural Sciences confirm that the harbour porpoise is the most common marine mammal off the Belgian coast.',
          body: `<p>Every year, scientists of the Royal Belgian Institute of Natural Sciences count marine mammals from a survey aircraft flying over the Belgian part of the North Sea. The harbour porpoise (<em>Phocoena phocoena</em>), rare in our waters a few decades ago, is now seen regularly, with peak numbers in late winter and spring.</p>
<p>Animals that strand on the beach are examined to learn about causes of death such as bycatch in fishing nets. The results feed into Belgium’s reporting under the EU Marine Strategy Framework Directive.</p>
<p>More on the institute’s marine monitoring: <a href="https://www.naturalsciences.be">naturalsciences.be</a>.</p>`,
          fields: { source: 'Royal Belgian Institute of Natural Sciences' },
        },
        {
          title: 'Les marsouins de la mer du Nord belge comptés depuis les airs',
          summary:
            'Les survols de l’Institut royal des Sciences naturelles de Belgique confirment que le marsouin commun est le mammifère marin le plus fréquent au large de la côte belge.',
          body: `<p>Chaque année, les scientifiques de l’Institut royal des Sciences naturelles de Belgique recensent les mammifères marins depuis un avion qui survole la partie belge de la mer du Nord. Le marsouin commun (<em>Phocoena phocoena</em>), rare dans nos eaux il y a quelques décennies, y est désormais observé régulièrement, surtout à la fin de l’hiver et au printemps.</p>
<p>Les animaux échoués sur les plages sont autopsiés afin de connaître les causes de mortalité, comme les captures accidentelles dans les filets de pêche. Ces résultats alimentent les rapports de la Belgique au titre de la directive-cadre européenne « Stratégie pour le milieu marin ».</p>
<p>Pour en savoir plus sur la surveillance marine de l’Institut : <a href="https://www.naturalsciences.be">naturalsciences.be</a>.</p>`,
          fields: { source: 'Institut royal des Sciences naturelles de Belgique' },
        },
        {
          title: 'Bruinvissen in de Belgische Noordzee vanuit de lucht geteld',
          summary:
            'Vliegtuigtellingen van het Koninklijk Belgisch Instituut voor Natuurwetenschappen bevestigen dat de bruinvis het talrijkste zeezoogdier voor de Belgische kust is.',
          body: `<p>Elk jaar tellen wetenschappers van het Koninklijk Belgisch Instituut voor Natuurwetenschappen zeezoogdieren vanuit een vliegtuig boven het Belgische deel van de Noordzee. De bruinvis (<em>Phocoena phocoena</em>), enkele decennia geleden nog zeldzaam in onze wateren, wordt nu geregeld gezien, vooral op het einde van de winter en in de lente.</p>
<p>Dieren die op het strand aanspoelen, worden onderzocht om de doodsoorzaak te achterhalen, zoals bijvangst in visnetten. De resultaten worden gebruikt voor de Belgische rapportering onder de Europese Kaderrichtlijn Mariene Strategie.</p>
<p>Meer over de mariene monitoring van het instituut: <a href="https://www.naturalsciences.be">naturalsciences.be</a>.</p>`,
          fields: { source: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen' },
        },
      ),
    },
    {
      key: 'news-meise-herbarium-online',
      type: 'news',
      publishedDaysAgo: 265,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20', 'be'],
      fields: { sourceUrl: 'https://www.gbif.org' },
      translations: tr(
        {
          title: 'Meise Botanic Garden shares its digitised herbarium online',
          summary:
            'Digitised specimens from the Meise herbarium are openly available through GBIF, a resource for research on plant diversity in Belgium and Central Africa.',
          body: `<p>Meise Botanic Garden holds one of the world’s largest herbaria, with around four million specimens and one of the richest collections of plants from Central Africa. A large-scale digitisation programme has photographed and catalogued a growing share of these specimens.</p>
<p>Images and data are published openly through the Global Biodiversity Information Facility, so that researchers in Belgium and in partner countries such as the Democratic Republic of the Congo can use them without travelling to Meise.</p>
<p>Explore the data on <a href="https://www.gbif.org">gbif.org</a>.</p>`,
          fields: { source: 'Meise Botanic Garden' },
        },
        {
          title: 'Le Jardin botanique de Meise partage son herbier numérisé',
          summary:
            'Les spécimens numérisés de l’herbier de Meise sont librement accessibles via le GBIF, une ressource pour la recherche sur la flore de Belgique et d’Afrique centrale.',
          body: `<p>Le Jardin botanique de Meise conserve l’un des plus grands herbiers du monde, avec quelque quatre millions de spécimens et l’une des plus riches collections de plantes d’Afrique centrale. Un vaste programme de numérisation a permis de photographier et de cataloguer une part croissante de ces spécimens.</p>
<p>Images et données sont publiées en libre accès via le Système mondial d’information sur la biodiversité (GBIF). Les chercheurs de Belgique et des pays partenaires, comme la République démocratique du Congo, peuvent ainsi les consulter sans se rendre à Meise.</p>
<p>Découvrez les données sur <a href="https://www.gbif.org">gbif.org</a>.</p>`,
          fields: { source: 'Jardin botanique de Meise' },
        },
        {
          title: 'Plantentuin Meise zet zijn gedigitaliseerde herbarium online',
          summary:
            'Gedigitaliseerde specimens uit het herbarium van Meise zijn vrij beschikbaar via GBIF, een bron voor onderzoek naar de plantendiversiteit van België en Centraal-Afrika.',
          body: `<p>Plantentuin Meise beheert een van de grootste herbaria ter wereld, met zowat vier miljoen specimens en een van de rijkste collecties planten uit Centraal-Afrika. Dankzij een grootschalig digitaliseringsprogramma is een steeds groter deel daarvan gefotografeerd en gecatalogiseerd.</p>
<p>Beelden en gegevens worden open gepubliceerd via de Global Biodiversity Information Facility. Zo kunnen onderzoekers in België en in partnerlanden zoals de Democratische Republiek Congo ermee aan de slag zonder naar Meise te reizen.</p>
<p>Verken de gegevens op <a href="https://www.gbif.org">gbif.org</a>.</p>`,
          fields: { source: 'Plantentuin Meise' },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

function events(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'event-webinar-online-reporting',
      type: 'event',
      publishedDaysAgo: 12,
      tags: ['GBF-GOAL-D', 'GBF-TARGET-21', 'be'],
      fields: {
        start: h.at(10, '10:00', ZONE),
        end: h.at(10, '11:30', ZONE),
        attendance: 'online',
        onlineUrl: 'https://meet.example.org/be-chm-ort-webinar',
      },
      translations: tr(
        {
          title: 'Webinar: tracking Belgium’s national targets in the Online Reporting Tool',
          summary:
            'A 90-minute introduction for federal and regional experts who contribute data to Belgium’s seventh national report.',
          body: `<p>The CBD Online Reporting Tool is where Parties publish their national targets and their national reports under the Kunming-Montreal Global Biodiversity Framework. This webinar shows how Belgian contributions are entered, reviewed and linked to the headline indicators.</p>
<h2>Programme</h2>
<ul><li>The reporting cycle and the headline, component and complementary indicators</li><li>How federal and regional inputs are combined</li><li>Questions and answers</li></ul>
<p>The session is in English; questions in French and Dutch are welcome. The link is sent after registration.</p>`,
          fields: { location: 'Online', organiser: 'Belgian CBD national focal point (RBINS)' },
        },
        {
          title: 'Webinaire : suivre les objectifs nationaux belges dans l’outil de rapportage en ligne',
          summary:
            'Une introduction de 90 minutes pour les experts fédéraux et régionaux qui contribuent au septième rapport national de la Belgique.',
          body: `<p>L’outil de rapportage en ligne de la CDB (ORT) permet aux Parties de publier leurs objectifs nationaux et leurs rapports nationaux au titre du Cadre mondial de la biodiversité de Kunming-Montréal. Ce webinaire montre comment les contributions belges sont encodées, relues et reliées aux indicateurs phares.</p>
<h2>Programme</h2>
<ul><li>Le cycle de rapportage et les indicateurs phares, de composante et complémentaires</li><li>La combinaison des contributions fédérales et régionales</li><li>Questions-réponses</li></ul>
<p>La session se déroule en anglais ; les questions en français et en néerlandais sont les bienvenues. Le lien est envoyé après inscription.</p>`,
          fields: { location: 'En ligne', organiser: 'Point focal national belge de la CDB (IRSNB)' },
        },
        {
          title: 'Webinar: de Belgische nationale doelstellingen opvolgen in de Online Reporting Tool',
          summary:
            'Een inleiding van anderhalf uur voor federale en gewestelijke experts die gegevens aanleveren voor het zevende nationale rapport van België.',
          body: `<p>In de Online Reporting Tool van het Biodiversiteitsverdrag publiceren de partijen hun nationale doelstellingen en nationale rapporten onder het Mondiaal Biodiversiteitskader van Kunming-Montreal. Deze webinar toont hoe de Belgische bijdragen worden ingevoerd, nagelezen en gekoppeld aan de hoofdindicatoren.</p>
<h2>Programma</h2>
<ul><li>De rapporteringscyclus en de hoofd-, component- en aanvullende indicatoren</li><li>Hoe federale en gewestelijke bijdragen worden samengevoegd</li><li>Vragen en antwoorden</li></ul>
<p>De sessie verloopt in het Engels; vragen in het Nederlands en het Frans zijn welkom. Na inschrijving ontvang je de link.</p>`,
          fields: { location: 'Online', organiser: 'Belgisch nationaal focal point voor het Biodiversiteitsverdrag (KBIN)' },
        },
      ),
    },
    {
      key: 'event-hautes-fagnes-guided-walk',
      type: 'event',
      publishedDaysAgo: 20,
      point: { lat: 50.501, lng: 6.093 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-03', 'be'],
      fields: {
        start: h.at(17, '10:00', ZONE),
        end: h.at(17, '15:00', ZONE),
        attendance: 'in-person',
      },
      translations: tr(
        {
          title: 'Guided walk: the peat bogs of the Hautes Fagnes',
          summary:
            'Discover Belgium’s highest plateau and the raised bogs restored over the past two decades, on the boardwalks around Botrange.',
          body: `<p>At almost 700 metres, the Hautes Fagnes plateau is home to raised bogs, wet heaths and a subarctic flora found nowhere else in Belgium. A nature guide will explain how drainage ditches were blocked and spruce plantations removed to let the peat grow again.</p>
<p>Please wear waterproof walking boots and bring a packed lunch. Some zones of the reserve can only be entered with an accredited guide, and dogs are not allowed.</p>`,
          fields: { location: 'Botrange Nature Centre, Waimes', organiser: 'Botrange Nature Centre' },
        },
        {
          title: 'Balade guidée : les tourbières des Hautes Fagnes',
          summary:
            'Découvrez le plus haut plateau de Belgique et les tourbières hautes restaurées ces vingt dernières années, sur les caillebotis autour de Botrange.',
          body: `<p>À près de 700 mètres d’altitude, le plateau des Hautes Fagnes abrite des tourbières hautes, des landes humides et une flore subarctique unique en Belgique. Un guide nature expliquera comment les drains ont été bouchés et les plantations d’épicéas retirées pour permettre à la tourbe de se reformer.</p>
<p>Prévoyez des chaussures de marche imperméables et un pique-nique. Certaines zones de la réserve ne sont accessibles qu’accompagné d’un guide agréé, et les chiens n’y sont pas admis.</p>`,
          fields: { location: 'Centre Nature de Botrange, Waimes', organiser: 'Centre Nature de Botrange' },
        },
        {
          title: 'Geleide wandeling: de veengebieden van de Hoge Venen',
          summary:
            'Ontdek de hoogste hoogvlakte van België en de hoogvenen die de voorbije twintig jaar zijn hersteld, op de vlonderpaden rond Botrange.',
          body: `<p>Op bijna 700 meter hoogte liggen in de Hoge Venen hoogvenen, natte heiden en een subarctische flora die je nergens anders in België vindt. Een natuurgids vertelt hoe afwateringsgrachten werden gedicht en sparrenaanplantingen verwijderd, zodat het veen opnieuw kan groeien.</p>
<p>Draag waterdichte wandelschoenen en neem een lunchpakket mee. Sommige zones van het reservaat zijn alleen toegankelijk onder begeleiding van een erkende gids, en honden zijn er niet toegelaten.</p>`,
          fields: { location: 'Natuurcentrum Botrange, Weismes', organiser: 'Natuurcentrum Botrange' },
        },
      ),
    },
    {
      key: 'event-bioblitz-sonian-forest',
      type: 'event',
      publishedDaysAgo: 30,
      promoted: true,
      point: { lat: 50.8146, lng: 4.4337 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-12', 'be'],
      fields: {
        start: h.at(24, '09:00', ZONE),
        end: h.at(24, '17:00', ZONE),
        attendance: 'in-person',
        eventUrl: 'https://environnement.brussels',
      },
      translations: tr(
        {
          title: 'BioBlitz in the Sonian Forest',
          summary:
            'Join naturalists and scientists for a day of recording as many species as possible around Rouge-Cloître, on the edge of the Sonian Forest.',
          body: `<p>How many species live in a few square kilometres of the Sonian Forest? During this BioBlitz, volunteers team up with experts to find and identify plants, fungi, insects, birds and bats around the Rouge-Cloître ponds.</p>
<ul><li>Guided inventories every hour, for beginners and experienced naturalists</li><li>An identification table with microscopes and field guides</li><li>Activities for children in the afternoon</li></ul>
<p>All observations are entered on <a href="https://observations.be">observations.be</a> and become open data for research and nature management. Participation is free.</p>`,
          fields: { location: 'Rouge-Cloître, Auderghem (Brussels)', organiser: 'Brussels Environment and partners' },
        },
        {
          title: 'BioBlitz en forêt de Soignes',
          summary:
            'Rejoignez naturalistes et scientifiques pour une journée d’inventaire du plus grand nombre d’espèces possible autour du Rouge-Cloître, en lisière de la forêt de Soignes.',
          body: `<p>Combien d’espèces vivent sur quelques kilomètres carrés de la forêt de Soignes ? Pendant ce BioBlitz, des bénévoles et des experts recherchent et identifient ensemble plantes, champignons, insectes, oiseaux et chauves-souris autour des étangs du Rouge-Cloître.</p>
<ul><li>Des inventaires guidés toutes les heures, pour débutants comme pour naturalistes confirmés</li><li>Une table d’identification avec loupes binoculaires et guides de terrain</li><li>Des animations pour les enfants l’après-midi</li></ul>
<p>Toutes les observations sont encodées sur <a href="https://observations.be">observations.be</a> et deviennent des données ouvertes pour la recherche et la gestion de la nature. La participation est gratuite.</p>`,
          fields: { location: 'Rouge-Cloître, Auderghem (Bruxelles)', organiser: 'Bruxelles Environnement et partenaires' },
        },
        {
          title: 'BioBlitz in het Zoniënwoud',
          summary:
            'Ga samen met natuurliefhebbers en wetenschappers een dag lang op zoek naar zoveel mogelijk soorten rond het Rood Klooster, aan de rand van het Zoniënwoud.',
          body: `<p>Hoeveel soorten leven er op enkele vierkante kilometer Zoniënwoud? Tijdens deze BioBlitz zoeken vrijwilligers en experts samen naar planten, paddenstoelen, insecten, vogels en vleermuizen rond de vijvers van het Rood Klooster.</p>
<ul><li>Elk uur een begeleide inventarisatie, voor beginners en gevorderden</li><li>Een determinatietafel met binoculairs en veldgidsen</li><li>In de namiddag activiteiten voor kinderen</li></ul>
<p>Alle waarnemingen worden ingevoerd op <a href="https://waarnemingen.be">waarnemingen.be</a> en worden open data voor onderzoek en natuurbeheer. Deelname is gratis.</p>`,
          fields: { location: 'Rood Klooster, Oudergem (Brussel)', organiser: 'Leefmilieu Brussel en partners' },
        },
      ),
    },
    {
      key: 'event-bat-walk-kalmthoutse-heide',
      type: 'event',
      publishedDaysAgo: 8,
      point: { lat: 51.3915, lng: 4.4578 },
      tags: ['GBF-TARGET-04', 'be'],
      fields: {
        start: h.at(38, '20:30', ZONE),
        end: h.at(38, '23:00', ZONE),
        attendance: 'in-person',
        eventUrl: 'https://www.natuurpunt.be',
      },
      translations: tr(
        {
          title: 'Bat walk on the Kalmthoutse Heide',
          summary:
            'An evening walk with bat detectors through the heath and woodland of the Kalmthoutse Heide, to listen to the calls of pipistrelles, noctules and Daubenton’s bats.',
          body: `<p>Belgium is home to around twenty bat species, all of them protected. As dusk falls over the Kalmthoutse Heide, a guide will help you tell them apart by their echolocation calls using ultrasound detectors.</p>
<p>The walk is about 4 km long and suitable for families with children over eight. Bring a torch with a red light and clothes suited to the weather. Registration is required, as places are limited.</p>`,
          fields: { location: 'De Vroente nature centre, Kalmthout', organiser: 'Natuurpunt' },
        },
        {
          title: 'Balade aux chauves-souris sur la Kalmthoutse Heide',
          summary:
            'Une promenade nocturne, détecteurs à ultrasons en main, à travers les landes et les bois de la Kalmthoutse Heide, à l’écoute des pipistrelles, noctules et murins de Daubenton.',
          body: `<p>La Belgique compte une vingtaine d’espèces de chauves-souris, toutes protégées. À la tombée de la nuit sur la Kalmthoutse Heide, un guide vous apprendra à les distinguer à leurs cris d’écholocation grâce à des détecteurs à ultrasons.</p>
<p>La balade fait environ 4 km et convient aux familles avec des enfants de plus de huit ans. Munissez-vous d’une lampe à lumière rouge et de vêtements adaptés à la météo. L’inscription est obligatoire, les places étant limitées.</p>`,
          fields: { location: 'Centre nature De Vroente, Kalmthout', organiser: 'Natuurpunt' },
        },
        {
          title: 'Vleermuizenwandeling op de Kalmthoutse Heide',
          summary:
            'Een avondwandeling met batdetectors door de heide en bossen van de Kalmthoutse Heide, op zoek naar de roep van dwergvleermuizen, rosse vleermuizen en watervleermuizen.',
          body: `<p>In België leven een twintigtal soorten vleermuizen, en ze zijn allemaal beschermd. Wanneer de schemering over de Kalmthoutse Heide valt, leert een gids je ze herkennen aan hun echolocatiegeluiden met behulp van een batdetector.</p>
<p>De wandeling is ongeveer 4 km lang en geschikt voor gezinnen met kinderen vanaf acht jaar. Breng een zaklamp met rood licht mee en kleding die past bij het weer. Inschrijven is verplicht, want de plaatsen zijn beperkt.</p>`,
          fields: { location: 'Natuureducatief centrum De Vroente, Kalmthout', organiser: 'Natuurpunt' },
        },
      ),
    },
    {
      key: 'event-symposium-2030-targets',
      type: 'event',
      publishedDaysAgo: 40,
      point: { lat: 50.8368, lng: 4.3763 },
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20', 'be'],
      fields: {
        start: h.at(60, '09:30', ZONE),
        end: h.at(60, '17:30', ZONE),
        attendance: 'hybrid',
        onlineUrl: 'https://meet.example.org/be-biodiversity-symposium',
        eventUrl: 'https://www.biodiversity.be',
      },
      translations: tr(
        {
          title: 'Symposium: Belgian research for the 2030 biodiversity targets',
          summary:
            'Researchers, policy makers and practitioners meet at the Museum of Natural Sciences to discuss how science can support Belgium’s national targets.',
          body: `<p>Belgian universities and federal scientific institutes produce a wealth of knowledge on biodiversity, from marine monitoring in the North Sea to plant collections from Central Africa. This symposium asks how that knowledge can best support the implementation of the Kunming-Montreal Global Biodiversity Framework in Belgium.</p>
<h2>Sessions</h2>
<ul><li>Monitoring and indicators: are we measuring what matters?</li><li>Nature restoration on land and at sea</li><li>Biodiversity, health and the economy</li><li>Open data and the Clearing-House Mechanism</li></ul>
<p>Sessions are held in English, with a poster session for early-career researchers. Attendance in Brussels or online is free, but registration is required.</p>`,
          fields: {
            location: 'Museum of Natural Sciences, Rue Vautier 29, Brussels',
            organiser: 'Belgian Biodiversity Platform',
          },
        },
        {
          title: 'Symposium : la recherche belge au service des objectifs biodiversité 2030',
          summary:
            'Chercheurs, décideurs et praticiens se réunissent au Muséum des Sciences naturelles pour débattre de l’appui de la science aux objectifs nationaux de la Belgique.',
          body: `<p>Les universités et les établissements scientifiques fédéraux belges produisent une somme de connaissances sur la biodiversité, de la surveillance de la mer du Nord aux collections botaniques d’Afrique centrale. Ce symposium examine comment mettre au mieux ces connaissances au service de la mise en œuvre du Cadre mondial de la biodiversité de Kunming-Montréal en Belgique.</p>
<h2>Sessions</h2>
<ul><li>Suivi et indicateurs : mesurons-nous ce qui compte ?</li><li>La restauration de la nature, sur terre et en mer</li><li>Biodiversité, santé et économie</li><li>Les données ouvertes et le Centre d’échange</li></ul>
<p>Les sessions se tiennent en anglais ; une session de posters est réservée aux jeunes chercheurs. La participation, à Bruxelles ou en ligne, est gratuite mais l’inscription est obligatoire.</p>`,
          fields: {
            location: 'Muséum des Sciences naturelles, rue Vautier 29, Bruxelles',
            organiser: 'Plateforme belge de la biodiversité',
          },
        },
        {
          title: 'Symposium: Belgisch onderzoek voor de biodiversiteitsdoelen van 2030',
          summary:
            'Onderzoekers, beleidsmakers en praktijkmensen komen samen in het Museum voor Natuurwetenschappen om te bespreken hoe wetenschap de Belgische nationale doelstellingen kan ondersteunen.',
          body: `<p>Belgische universiteiten en federale wetenschappelijke instellingen bouwen een schat aan kennis op over biodiversiteit, van de monitoring van de Noordzee tot plantencollecties uit Centraal-Afrika. Dit symposium gaat na hoe die kennis de uitvoering van het Mondiaal Biodiversiteitskader van Kunming-Montreal in België het best kan ondersteunen.</p>
<h2>Sessies</h2>
<ul><li>Monitoring en indicatoren: meten we wat ertoe doet?</li><li>Natuurherstel op land en op zee</li><li>Biodiversiteit, gezondheid en economie</li><li>Open data en het Clearing-House Mechanism</li></ul>
<p>De sessies zijn in het Engels, met een postersessie voor jonge onderzoekers. Deelname in Brussel of online is gratis, maar inschrijven is verplicht.</p>`,
          fields: {
            location: 'Museum voor Natuurwetenschappen, Vautierstraat 29, Brussel',
            organiser: 'Belgisch Biodiversiteitsplatform',
          },
        },
      ),
    },
    {
      key: 'event-workshop-marine-invasive-species',
      type: 'event',
      publishedDaysAgo: 60,
      tags: ['GBF-TARGET-06', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: {
        start: h.at(-35, '13:30', ZONE),
        end: h.at(-35, '16:30', ZONE),
        attendance: 'online',
        onlineUrl: 'https://meet.example.org/be-marine-ias-workshop',
      },
      translations: tr(
        {
          title: 'Workshop: invasive alien species in Belgian coastal and marine waters',
          summary:
            'Experts reviewed new arrivals along the Belgian coast, from the Pacific oyster to the Asian shore crab, and discussed early-warning options.',
          body: `<p>Ports, shipping and warming seas make the Belgian coast a gateway for non-native species. During this online workshop, scientists and managers shared the latest records from harbours, offshore wind farms and beaches.</p>
<p>Participants agreed to strengthen the exchange of early-warning data between the federal marine environment service and the regions, and to publish a short list of priority species for surveillance. Presentations are available in the documents section.</p>`,
          fields: { location: 'Online', organiser: 'Belgian Biodiversity Platform' },
        },
        {
          title: 'Atelier : espèces exotiques envahissantes dans les eaux côtières et marines belges',
          summary:
            'Des experts ont fait le point sur les nouvelles arrivées sur la côte belge, de l’huître creuse du Pacifique au crabe sanguin, et discuté des options d’alerte précoce.',
          body: `<p>Les ports, le transport maritime et le réchauffement des mers font de la côte belge une porte d’entrée pour les espèces non indigènes. Lors de cet atelier en ligne, scientifiques et gestionnaires ont partagé les dernières observations faites dans les ports, les parcs éoliens en mer et sur les plages.</p>
<p>Les participants ont convenu de renforcer l’échange de données d’alerte précoce entre le service fédéral Milieu marin et les Régions, et de publier une courte liste d’espèces prioritaires à surveiller. Les présentations sont disponibles dans la rubrique Documents.</p>`,
          fields: { location: 'En ligne', organiser: 'Plateforme belge de la biodiversité' },
        },
        {
          title: 'Workshop: invasieve uitheemse soorten in de Belgische kust- en zeewateren',
          summary:
            'Experts bespraken nieuwkomers langs de Belgische kust, van de Japanse oester tot de Aziatische penseelkrab, en de mogelijkheden voor vroegtijdige waarschuwing.',
          body: `<p>Havens, scheepvaart en een opwarmende zee maken van de Belgische kust een toegangspoort voor uitheemse soorten. Tijdens deze online workshop deelden wetenschappers en beheerders de recentste waarnemingen uit havens, offshore windparken en op stranden.</p>
<p>De deelnemers spraken af om de uitwisseling van gegevens voor vroegtijdige waarschuwing tussen de federale dienst Marien Milieu en de gewesten te versterken, en een korte lijst van prioritaire soorten voor bewaking te publiceren. De presentaties staan in de rubriek Documenten.</p>`,
          fields: { location: 'Online', organiser: 'Belgisch Biodiversiteitsplatform' },
        },
      ),
    },
    {
      key: 'event-nagoya-protocol-training',
      type: 'event',
      publishedDaysAgo: 130,
      tags: ['GBF-TARGET-13', 'be'],
      fields: {
        start: h.at(-95, '09:30', ZONE),
        end: h.at(-95, '12:30', ZONE),
        attendance: 'hybrid',
        onlineUrl: 'https://meet.example.org/be-abs-training',
      },
      translations: tr(
        {
          title: 'Training: the Nagoya Protocol for Belgian researchers',
          summary:
            'A half-day training on access to genetic resources and benefit-sharing, for researchers and collection managers who work with material from abroad.',
          body: `<p>Since the EU ABS Regulation 511/2014 entered into force, users of genetic resources in Belgium must exercise due diligence and be able to show that material was accessed in line with the rules of the provider country.</p>
<ul><li>Prior informed consent and mutually agreed terms</li><li>Due diligence declarations and the ABS Clearing-House</li><li>Case studies from herbaria, museums and biotech laboratories</li></ul>
<p>The training was given by the Belgian ABS competent authorities. Slides and recordings are available on request.</p>`,
          fields: {
            location: 'Brussels and online',
            organiser: 'FPS Health, Food Chain Safety and Environment',
          },
        },
        {
          title: 'Formation : le Protocole de Nagoya pour les chercheurs belges',
          summary:
            'Une demi-journée de formation sur l’accès aux ressources génétiques et le partage des avantages, pour les chercheurs et gestionnaires de collections travaillant avec du matériel étranger.',
          body: `<p>Depuis l’entrée en vigueur du règlement européen APA 511/2014, les utilisateurs de ressources génétiques en Belgique doivent faire preuve de diligence nécessaire et pouvoir démontrer que le matériel a été obtenu conformément aux règles du pays fournisseur.</p>
<ul><li>Consentement préalable en connaissance de cause et conditions convenues d’un commun accord</li><li>Déclarations de diligence et Centre d’échange APA</li><li>Études de cas issues d’herbiers, de musées et de laboratoires de biotechnologie</li></ul>
<p>La formation a été donnée par les autorités compétentes belges en matière d’APA. Présentations et enregistrements disponibles sur demande.</p>`,
          fields: {
            location: 'Bruxelles et en ligne',
            organiser: 'SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement',
          },
        },
        {
          title: 'Opleiding: het Nagoyaprotocol voor Belgische onderzoekers',
          summary:
            'Een halve dag opleiding over toegang tot genetische rijkdommen en verdeling van voordelen, voor onderzoekers en collectiebeheerders die met materiaal uit het buitenland werken.',
          body: `<p>Sinds de Europese ABS-verordening 511/2014 van kracht is, moeten gebruikers van genetische rijkdommen in België de nodige zorgvuldigheid betrachten en kunnen aantonen dat het materiaal werd verkregen volgens de regels van het land van herkomst.</p>
<ul><li>Voorafgaande geïnformeerde toestemming en onderling overeengekomen voorwaarden</li><li>Zorgvuldigheidsverklaringen en het ABS Clearing-House</li><li>Praktijkvoorbeelden uit herbaria, musea en biotechlabo’s</li></ul>
<p>De opleiding werd gegeven door de Belgische bevoegde ABS-autoriteiten. Presentaties en opnames zijn op aanvraag beschikbaar.</p>`,
          fields: {
            location: 'Brussel en online',
            organiser: 'FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu',
          },
        },
      ),
    },
    {
      key: 'event-zwin-spring-migration',
      type: 'event',
      publishedDaysAgo: 175,
      point: { lat: 51.36, lng: 3.364 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-04', 'be'],
      fields: {
        start: h.at(-150, '08:00', ZONE),
        end: h.at(-150, '12:00', ZONE),
        attendance: 'in-person',
      },
      translations: tr(
        {
          title: 'Birdwatching morning: spring migration at the Zwin',
          summary:
            'An early-morning walk to watch waders, spoonbills and storks passing through the Zwin, one of the most important coastal wetlands in Belgium.',
          body: `<p>Every spring, thousands of migrating birds stop at the Zwin to rest and feed on the mudflats and salt marshes. Since the tidal inlet was enlarged, the site attracts even more waders at high tide.</p>
<p>Experienced guides with telescopes helped participants identify avocets, spoonbills, godwits and the white storks that nest in the park. The morning ended with a visit to the Zwin Nature Park visitor centre.</p>`,
          fields: { location: 'Zwin Nature Park, Knokke-Heist', organiser: 'Zwin Nature Park' },
        },
        {
          title: 'Matinée ornithologique : la migration de printemps au Zwin',
          summary:
            'Une balade matinale pour observer limicoles, spatules et cigognes de passage au Zwin, l’une des zones humides côtières les plus importantes de Belgique.',
          body: `<p>Chaque printemps, des milliers d’oiseaux migrateurs font halte au Zwin pour se reposer et se nourrir sur les vasières et les prés salés. Depuis l’élargissement du chenal de marée, le site attire encore davantage de limicoles à marée haute.</p>
<p>Des guides expérimentés munis de longues-vues ont aidé les participants à reconnaître avocettes, spatules, barges et les cigognes blanches qui nichent dans le parc. La matinée s’est terminée par une visite du centre d’accueil du Zwin Nature Park.</p>`,
          fields: { location: 'Zwin Nature Park, Knokke-Heist', organiser: 'Zwin Nature Park' },
        },
        {
          title: 'Vogelochtend: de voorjaarstrek in het Zwin',
          summary:
            'Een vroege wandeling om steltlopers, lepelaars en ooievaars te bekijken die door het Zwin trekken, een van de belangrijkste kustwetlands van België.',
          body: `<p>Elk voorjaar strijken duizenden trekvogels neer in het Zwin om te rusten en te foerageren op de slikken en schorren. Sinds de uitbreiding van de getijdengeul lokt het gebied bij hoogwater nog meer steltlopers.</p>
<p>Ervaren gidsen met telescopen hielpen de deelnemers kluten, lepelaars, grutto’s en de ooievaars die in het park broeden te herkennen. De ochtend eindigde met een bezoek aan het bezoekerscentrum van Zwin Natuur Park.</p>`,
          fields: { location: 'Zwin Natuur Park, Knokke-Heist', organiser: 'Zwin Natuur Park' },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function documents(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'document-national-targets-2030',
      type: 'document',
      publishedDaysAgo: 46,
      tags: ['GBF-GOAL-A', 'GBF-TARGET-03', 'GBF-TARGET-14', 'be'],
      fields: {
        documentType: 'strategy',
        publicationDate: h.date(-46),
        authors: ['Steering Committee “Biodiversity Convention” (CCIEP)'],
      },
      translations: tr(
        {
          title: 'Belgium’s national biodiversity targets for 2030',
          summary:
            'The national targets agreed by the federal government and the three regions in response to the Kunming-Montreal Global Biodiversity Framework.',
          body: `<p>This document sets out Belgium’s national targets for 2030, each mapped to one or more of the 23 targets of the Kunming-Montreal Global Biodiversity Framework, with the indicators that will be used to follow progress.</p>
<p>It was prepared by the Steering Committee “Biodiversity Convention” of the Coordination Committee for International Environmental Policy, after consultation of stakeholders in the three regions.</p>`,
          fields: {
            publisher: 'Royal Belgian Institute of Natural Sciences',
            files: [{ url: 'https://docs.example.org/be/national-targets-2030-en.pdf', title: 'National targets 2030 (PDF, English)' }],
          },
        },
        {
          title: 'Les objectifs nationaux de la Belgique en matière de biodiversité pour 2030',
          summary:
            'Les objectifs nationaux adoptés par l’État fédéral et les trois Régions en réponse au Cadre mondial de la biodiversité de Kunming-Montréal.',
          body: `<p>Ce document présente les objectifs nationaux de la Belgique pour 2030, chacun rattaché à une ou plusieurs des 23 cibles du Cadre mondial de la biodiversité de Kunming-Montréal, ainsi que les indicateurs qui serviront à en suivre les progrès.</p>
<p>Il a été préparé par le Comité directeur « Convention Biodiversité » du Comité de coordination de la politique internationale de l’environnement, après consultation des parties prenantes des trois Régions.</p>`,
          fields: {
            publisher: 'Institut royal des Sciences naturelles de Belgique',
            files: [{ url: 'https://docs.example.org/be/national-targets-2030-fr.pdf', title: 'Objectifs nationaux 2030 (PDF, français)' }],
          },
        },
        {
          title: 'De nationale biodiversiteitsdoelstellingen van België voor 2030',
          summary:
            'De nationale doelstellingen die de federale overheid en de drie gewesten vastlegden als antwoord op het Mondiaal Biodiversiteitskader van Kunming-Montreal.',
          body: `<p>Dit document beschrijft de nationale doelstellingen van België voor 2030. Elke doelstelling is gekoppeld aan een of meer van de 23 doelen van het Mondiaal Biodiversiteitskader van Kunming-Montreal, samen met de indicatoren waarmee de vooruitgang wordt opgevolgd.</p>
<p>Het werd opgesteld door het Stuurcomité “Biodiversiteitsverdrag” van het Coördinatiecomité Internationaal Milieubeleid, na overleg met belanghebbenden in de drie gewesten.</p>`,
          fields: {
            publisher: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen',
            files: [{ url: 'https://docs.example.org/be/national-targets-2030-nl.pdf', title: 'Nationale doelstellingen 2030 (pdf, Nederlands)' }],
          },
        },
      ),
    },
    {
      key: 'document-biodiversity-2020-strategy',
      type: 'document',
      publishedDaysAgo: 390,
      tags: ['AICHI-TARGET-17', 'be'],
      fields: {
        documentType: 'strategy',
        publicationDate: '2013-11-13',
        authors: ['Steering Committee “Biodiversity Convention” (CCIEP)'],
      },
      translations: tr(
        {
          title: 'Biodiversity 2020 – Update of Belgium’s National Strategy',
          summary:
            'Belgium’s national biodiversity strategy for 2013–2020, with 15 strategic objectives aligned with the Aichi Biodiversity Targets.',
          body: `<p>Adopted in 2013, this update of the 2006 national strategy translated the Strategic Plan for Biodiversity 2011–2020 and its Aichi Targets into 15 strategic objectives for Belgium, from integrating biodiversity into sectoral policies to strengthening Belgium’s role in international cooperation.</p>
<p>The strategy remains a reference for understanding how federal and regional policies were coordinated before the Kunming-Montreal framework. Its lessons informed the preparation of the 2030 national targets.</p>`,
          fields: {
            publisher: 'Royal Belgian Institute of Natural Sciences',
            files: [{ url: 'https://docs.example.org/be/biodiversity-2020-strategy-en.pdf', title: 'Biodiversity 2020 strategy (PDF, English)' }],
          },
        },
        {
          title: 'Biodiversité 2020 – Actualisation de la Stratégie nationale de la Belgique',
          summary:
            'La stratégie nationale belge pour la biodiversité 2013-2020, avec 15 objectifs stratégiques alignés sur les objectifs d’Aichi.',
          body: `<p>Adoptée en 2013, cette actualisation de la stratégie nationale de 2006 traduisait le Plan stratégique pour la diversité biologique 2011-2020 et ses objectifs d’Aichi en 15 objectifs stratégiques pour la Belgique, de l’intégration de la biodiversité dans les politiques sectorielles au renforcement du rôle de la Belgique dans la coopération internationale.</p>
<p>La stratégie reste une référence pour comprendre comment les politiques fédérales et régionales étaient coordonnées avant le cadre de Kunming-Montréal. Ses enseignements ont nourri la préparation des objectifs nationaux pour 2030.</p>`,
          fields: {
            publisher: 'Institut royal des Sciences naturelles de Belgique',
            files: [{ url: 'https://docs.example.org/be/biodiversity-2020-strategy-fr.pdf', title: 'Stratégie Biodiversité 2020 (PDF, français)' }],
          },
        },
        {
          title: 'Biodiversiteit 2020 – Actualisering van de Nationale Strategie van België',
          summary:
            'De Belgische nationale biodiversiteitsstrategie voor 2013-2020, met 15 strategische doelstellingen in lijn met de Aichi-biodiversiteitsdoelen.',
          body: `<p>Deze actualisering van de nationale strategie van 2006 werd in 2013 aangenomen. Ze vertaalde het Strategisch Plan voor Biodiversiteit 2011-2020 en de Aichi-doelen naar 15 strategische doelstellingen voor België, van de integratie van biodiversiteit in sectoraal beleid tot een sterkere rol van België in de internationale samenwerking.</p>
<p>De strategie blijft een referentie om te begrijpen hoe het federale en gewestelijke beleid op elkaar werd afgestemd vóór het kader van Kunming-Montreal. De lessen eruit werden gebruikt bij de voorbereiding van de nationale doelstellingen voor 2030.</p>`,
          fields: {
            publisher: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen',
            files: [{ url: 'https://docs.example.org/be/biodiversity-2020-strategy-nl.pdf', title: 'Strategie Biodiversiteit 2020 (pdf, Nederlands)' }],
          },
        },
      ),
    },
    {
      key: 'document-invasive-species-factsheet',
      type: 'document',
      publishedDaysAgo: 58,
      tags: ['GBF-TARGET-06', 'be'],
      fields: {
        documentType: 'factsheet',
        publicationDate: h.date(-60),
        authors: ['Belgian Forum on Invasive Species', 'Research Institute for Nature and Forest (INBO)'],
      },
      translations: tr(
        {
          title: 'Factsheet: invasive alien species of Union concern in Belgium',
          summary:
            'A four-page overview of the species on the EU list that are established in Belgium, how they spread and who is responsible for managing them.',
          body: `<p>Under EU Regulation 1143/2014, Member States must prevent the introduction of invasive alien species of Union concern, detect new arrivals early and manage widespread species. In Belgium these tasks are shared between the federal government, which controls imports and trade, and the regions, which manage species in the wild.</p>
<ul><li>Widespread species: e.g. Asian hornet, Egyptian goose, Chinese mitten crab, American bullfrog</li><li>Early-warning species not yet established</li><li>How to report a sighting</li></ul>`,
          fields: {
            publisher: 'Belgian Biodiversity Platform',
            files: [{ url: 'https://docs.example.org/be/ias-union-concern-factsheet-en.pdf', title: 'Factsheet (PDF, English)' }],
          },
        },
        {
          title: 'Fiche d’information : les espèces exotiques envahissantes préoccupantes pour l’Union en Belgique',
          summary:
            'Un aperçu en quatre pages des espèces de la liste européenne établies en Belgique, de leurs voies de propagation et des autorités chargées de leur gestion.',
          body: `<p>En vertu du règlement européen 1143/2014, les États membres doivent prévenir l’introduction des espèces exotiques envahissantes préoccupantes pour l’Union, détecter rapidement les nouvelles arrivées et gérer les espèces largement répandues. En Belgique, ces tâches sont partagées entre l’État fédéral, compétent pour les importations et le commerce, et les Régions, qui gèrent les espèces dans la nature.</p>
<ul><li>Espèces largement répandues : frelon asiatique, ouette d’Égypte, crabe chinois à mitaines, grenouille taureau…</li><li>Espèces d’alerte précoce non encore établies</li><li>Comment signaler une observation</li></ul>`,
          fields: {
            publisher: 'Plateforme belge de la biodiversité',
            files: [{ url: 'https://docs.example.org/be/ias-union-concern-factsheet-fr.pdf', title: 'Fiche d’information (PDF, français)' }],
          },
        },
        {
          title: 'Factsheet: invasieve uitheemse soorten van EU-belang in België',
          summary:
            'Een overzicht in vier pagina’s van de soorten op de Unielijst die in België gevestigd zijn, hoe ze zich verspreiden en wie ze beheert.',
          body: `<p>Volgens de Europese verordening 1143/2014 moeten de lidstaten de introductie van invasieve uitheemse soorten van EU-belang voorkomen, nieuwkomers snel opsporen en wijdverspreide soorten beheren. In België zijn die taken verdeeld tussen de federale overheid, bevoegd voor invoer en handel, en de gewesten, die de soorten in de natuur beheren.</p>
<ul><li>Wijdverspreide soorten: onder meer Aziatische hoornaar, nijlgans, Chinese wolhandkrab en Amerikaanse stierkikker</li><li>Soorten voor vroegtijdige waarschuwing die nog niet gevestigd zijn</li><li>Hoe je een waarneming meldt</li></ul>`,
          fields: {
            publisher: 'Belgisch Biodiversiteitsplatform',
            files: [{ url: 'https://docs.example.org/be/ias-union-concern-factsheet-nl.pdf', title: 'Factsheet (pdf, Nederlands)' }],
          },
        },
      ),
    },
    {
      key: 'document-nature-report-flanders',
      type: 'document',
      publishedDaysAgo: 212,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-02', 'be'],
      fields: {
        documentType: 'report',
        publicationDate: h.date(-215),
        authors: ['Research Institute for Nature and Forest (INBO)'],
      },
      translations: tr(
        {
          title: 'Nature Report Flanders: key findings',
          summary:
            'INBO’s assessment of the state of nature in Flanders, with trends for habitats, species and ecosystem services and options for policy.',
          body: `<p>The Nature Report (<em>Natuurrapport</em>) is the Research Institute for Nature and Forest’s regular scientific assessment of nature in Flanders. It brings together monitoring data on habitats and species, the pressures they face and the services that ecosystems provide to society.</p>
<p>Key findings include the continuing pressure of nitrogen deposition and habitat fragmentation, and encouraging recoveries where large-scale restoration has taken place, such as in river valleys and on heathland.</p>
<p>The full report, in Dutch, is available from the <a href="https://www.vlaanderen.be/inbo">INBO website</a>; this summary is provided in all three languages.</p>`,
          fields: {
            publisher: 'Research Institute for Nature and Forest (INBO)',
            files: [{ url: 'https://docs.example.org/be/nature-report-flanders-summary-en.pdf', title: 'Summary (PDF, English)' }],
          },
        },
        {
          title: 'Rapport sur la nature en Flandre : principaux constats',
          summary:
            'L’évaluation de l’état de la nature en Flandre par l’INBO, avec les tendances des habitats, des espèces et des services écosystémiques et des pistes pour les politiques.',
          body: `<p>Le Rapport sur la nature (<em>Natuurrapport</em>) est l’évaluation scientifique périodique de la nature en Flandre réalisée par l’Institut de recherche sur la nature et les forêts. Il rassemble les données de suivi des habitats et des espèces, les pressions qu’ils subissent et les services que les écosystèmes rendent à la société.</p>
<p>Parmi les principaux constats : la pression persistante des dépôts d’azote et de la fragmentation des habitats, mais aussi des rétablissements encourageants là où une restauration à grande échelle a été menée, notamment dans les vallées et les landes.</p>
<p>Le rapport complet, en néerlandais, est disponible sur le <a href="https://www.vlaanderen.be/inbo">site de l’INBO</a> ; ce résumé est proposé dans les trois langues.</p>`,
          fields: {
            publisher: 'Institut de recherche sur la nature et les forêts (INBO)',
            files: [{ url: 'https://docs.example.org/be/nature-report-flanders-summary-fr.pdf', title: 'Résumé (PDF, français)' }],
          },
        },
        {
          title: 'Natuurrapport Vlaanderen: de belangrijkste bevindingen',
          summary:
            'De evaluatie van de toestand van de natuur in Vlaanderen door het INBO, met trends voor habitats, soorten en ecosysteemdiensten en beleidsopties.',
          body: `<p>Het Natuurrapport is de periodieke wetenschappelijke evaluatie van de natuur in Vlaanderen door het Instituut voor Natuur- en Bosonderzoek. Het bundelt monitoringgegevens over habitats en soorten, de druk waaronder ze staan en de diensten die ecosystemen aan de samenleving leveren.</p>
<p>Belangrijke bevindingen zijn de aanhoudende druk van stikstofdepositie en versnippering, maar ook bemoedigend herstel waar op grote schaal natuur werd hersteld, zoals in riviervalleien en op de heide.</p>
<p>Het volledige rapport staat op de <a href="https://www.vlaanderen.be/inbo">website van het INBO</a>; deze samenvatting is beschikbaar in de drie talen.</p>`,
          fields: {
            publisher: 'Instituut voor Natuur- en Bosonderzoek (INBO)',
            files: [{ url: 'https://docs.example.org/be/natuurrapport-vlaanderen-samenvatting-nl.pdf', title: 'Samenvatting (pdf, Nederlands)' }],
          },
        },
      ),
    },
    {
      key: 'document-marine-ias-workshop-slides',
      type: 'document',
      publishedDaysAgo: 33,
      tags: ['GBF-TARGET-06', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: {
        documentType: 'presentation',
        publicationDate: h.date(-35),
        authors: ['Flanders Marine Institute (VLIZ)', 'Royal Belgian Institute of Natural Sciences'],
      },
      translations: tr(
        {
          title: 'Presentations: invasive alien species in Belgian coastal and marine waters',
          summary: 'Slides from the online workshop on non-native species along the Belgian coast and in the North Sea.',
          body: `<p>These presentations were given at the online workshop on invasive alien species in Belgian coastal and marine waters. They cover recent records from harbours and offshore wind farms, the state of the Pacific oyster and Asian shore crab populations, and proposals for an early-warning network.</p>
<p>The slides are shared as presented, in English.</p>`,
          fields: {
            publisher: 'Belgian Biodiversity Platform',
            files: [
              { url: 'https://docs.example.org/be/marine-ias-workshop-records.pdf', title: 'Recent records from harbours and wind farms (PDF)' },
              { url: 'https://docs.example.org/be/marine-ias-workshop-early-warning.pdf', title: 'Towards an early-warning network (PDF)' },
            ],
          },
        },
        {
          title: 'Présentations : espèces exotiques envahissantes dans les eaux côtières et marines belges',
          summary: 'Les présentations de l’atelier en ligne consacré aux espèces non indigènes sur la côte belge et en mer du Nord.',
          body: `<p>Ces présentations ont été données lors de l’atelier en ligne sur les espèces exotiques envahissantes dans les eaux côtières et marines belges. Elles portent sur les observations récentes dans les ports et les parcs éoliens en mer, l’état des populations d’huître creuse et de crabe sanguin, et des propositions pour un réseau d’alerte précoce.</p>
<p>Les diapositives sont partagées telles que présentées, en anglais.</p>`,
          fields: {
            publisher: 'Plateforme belge de la biodiversité',
            files: [
              { url: 'https://docs.example.org/be/marine-ias-workshop-records.pdf', title: 'Observations récentes dans les ports et les parcs éoliens (PDF, anglais)' },
              { url: 'https://docs.example.org/be/marine-ias-workshop-early-warning.pdf', title: 'Vers un réseau d’alerte précoce (PDF, anglais)' },
            ],
          },
        },
        {
          title: 'Presentaties: invasieve uitheemse soorten in de Belgische kust- en zeewateren',
          summary: 'De presentaties van de online workshop over uitheemse soorten langs de Belgische kust en in de Noordzee.',
          body: `<p>Deze presentaties werden gegeven op de online workshop over invasieve uitheemse soorten in de Belgische kust- en zeewateren. Ze gaan over recente waarnemingen in havens en offshore windparken, de toestand van de populaties Japanse oester en Aziatische penseelkrab, en voorstellen voor een netwerk voor vroegtijdige waarschuwing.</p>
<p>De slides worden gedeeld zoals ze werden gepresenteerd, in het Engels.</p>`,
          fields: {
            publisher: 'Belgisch Biodiversiteitsplatform',
            files: [
              { url: 'https://docs.example.org/be/marine-ias-workshop-records.pdf', title: 'Recente waarnemingen in havens en windparken (pdf, Engels)' },
              { url: 'https://docs.example.org/be/marine-ias-workshop-early-warning.pdf', title: 'Naar een netwerk voor vroegtijdige waarschuwing (pdf, Engels)' },
            ],
          },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// National targets
// ---------------------------------------------------------------------------------------------

function nationalTargets(): SeedItem[] {
  return [
    {
      key: 'national-target-restoration',
      type: 'national-target',
      publishedDaysAgo: 46,
      sortOrder: 2,
      tags: ['GBF-TARGET-02', 'be'],
      fields: { code: 'BE-T02', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: tr(
        {
          title: 'Restore degraded ecosystems on land, in fresh water and at sea',
          summary:
            'By 2030, restoration is under way on a significant share of Belgium’s degraded ecosystems, in line with the EU Nature Restoration Regulation.',
          body: `<p>Much of Belgium’s nature is fragmented and affected by drainage, nitrogen deposition and intensive land use. This target commits the federal government and the regions to restore degraded habitats, reconnect them and improve their condition.</p>
<ul><li>Rewetting of peatlands and river valleys, such as in the Hautes Fagnes and the Kempen</li><li>Restoration of heathland, calcareous grassland and old-growth forest</li><li>Restoration of gravel beds and biogenic reefs in the Belgian North Sea</li></ul>
<p>National restoration plans prepared under the EU Nature Restoration Regulation will detail the measures and areas.</p>`,
          fields: {
            indicators: [
              'Area of degraded ecosystems under restoration (ha)',
              'Share of habitat types of Community interest in favourable conservation status',
              'Farmland bird index',
            ],
          },
        },
        {
          title: 'Restaurer les écosystèmes dégradés, terrestres, d’eau douce et marins',
          summary:
            'D’ici 2030, la restauration est en cours sur une part significative des écosystèmes dégradés de Belgique, conformément au règlement européen sur la restauration de la nature.',
          body: `<p>Une grande partie de la nature belge est fragmentée et subit le drainage, les dépôts d’azote et l’utilisation intensive des terres. Cet objectif engage l’État fédéral et les Régions à restaurer les habitats dégradés, à les reconnecter et à améliorer leur état.</p>
<ul><li>Remise sous eau des tourbières et des fonds de vallée, comme dans les Hautes Fagnes et en Campine</li><li>Restauration des landes, des pelouses calcicoles et des forêts anciennes</li><li>Restauration des bancs de graviers et des récifs biogéniques dans la mer du Nord belge</li></ul>
<p>Les plans nationaux de restauration élaborés au titre du règlement européen préciseront les mesures et les zones concernées.</p>`,
          fields: {
            indicators: [
              'Superficie d’écosystèmes dégradés en cours de restauration (ha)',
              'Part des types d’habitats d’intérêt communautaire en état de conservation favorable',
              'Indice des oiseaux des milieux agricoles',
            ],
          },
        },
        {
          title: 'Aangetaste ecosystemen herstellen op land, in zoet water en op zee',
          summary:
            'Tegen 2030 is op een aanzienlijk deel van de aangetaste Belgische ecosystemen herstel aan de gang, in lijn met de Europese natuurherstelverordening.',
          body: `<p>Een groot deel van de Belgische natuur is versnipperd en lijdt onder verdroging, stikstofdepositie en intensief landgebruik. Met deze doelstelling verbinden de federale overheid en de gewesten zich ertoe aangetaste habitats te herstellen, opnieuw met elkaar te verbinden en hun toestand te verbeteren.</p>
<ul><li>Vernatting van venen en valleigebieden, zoals in de Hoge Venen en de Kempen</li><li>Herstel van heide, kalkgraslanden en oude bossen</li><li>Herstel van grindbedden en biogene riffen in de Belgische Noordzee</li></ul>
<p>De nationale herstelplannen onder de Europese natuurherstelverordening zullen de maatregelen en gebieden vastleggen.</p>`,
          fields: {
            indicators: [
              'Oppervlakte aangetaste ecosystemen in herstel (ha)',
              'Aandeel habitattypen van Europees belang in gunstige staat van instandhouding',
              'Index van akkervogels',
            ],
          },
        },
      ),
    },
    {
      key: 'national-target-protected-areas',
      type: 'national-target',
      publishedDaysAgo: 46,
      sortOrder: 3,
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'be'],
      fields: { code: 'BE-T03', targetYear: 2030, degreeOfAlignment: 'high' },
      translations: tr(
        {
          title: 'Protect and manage at least 30% of land and sea',
          summary:
            'By 2030, at least 30% of Belgium’s land and of the Belgian part of the North Sea is covered by well-managed, connected protected areas.',
          body: `<p>The Natura 2000 network today covers roughly 13% of Belgium’s land area and more than a third of the Belgian part of the North Sea. Reaching 30% on land means extending and connecting protected areas, and recognising other effective area-based conservation measures.</p>
<p>Equally important is the quality of protection: every site needs clear conservation objectives and a management plan, and about a third of protected areas should be strictly protected, in line with the EU Biodiversity Strategy for 2030.</p>`,
          fields: {
            indicators: [
              'Coverage of protected areas and OECMs on land and at sea (%)',
              'Share of protected areas with an approved management plan',
              'Share of strictly protected areas',
            ],
          },
        },
        {
          title: 'Protéger et gérer au moins 30 % des terres et des mers',
          summary:
            'D’ici 2030, au moins 30 % du territoire belge et de la partie belge de la mer du Nord sont couverts par des aires protégées bien gérées et reliées entre elles.',
          body: `<p>Le réseau Natura 2000 couvre aujourd’hui environ 13 % du territoire terrestre belge et plus d’un tiers de la partie belge de la mer du Nord. Atteindre 30 % sur terre suppose d’étendre et de relier les aires protégées, et de reconnaître d’autres mesures de conservation efficaces par zone.</p>
<p>La qualité de la protection compte tout autant : chaque site a besoin d’objectifs de conservation clairs et d’un plan de gestion, et environ un tiers des aires protégées devrait bénéficier d’une protection stricte, conformément à la stratégie de l’UE en faveur de la biodiversité à l’horizon 2030.</p>`,
          fields: {
            indicators: [
              'Couverture des aires protégées et des AMCE sur terre et en mer (%)',
              'Part des aires protégées dotées d’un plan de gestion approuvé',
              'Part des zones sous protection stricte',
            ],
          },
        },
        {
          title: 'Minstens 30% van land en zee beschermen en beheren',
          summary:
            'Tegen 2030 is minstens 30% van het Belgische grondgebied en van het Belgische deel van de Noordzee gedekt door goed beheerde, verbonden beschermde gebieden.',
          body: `<p>Het Natura 2000-netwerk beslaat vandaag ongeveer 13% van het Belgische landoppervlak en meer dan een derde van het Belgische deel van de Noordzee. Om op land 30% te halen, moeten beschermde gebieden worden uitgebreid en verbonden, en moeten andere doeltreffende gebiedsgerichte instandhoudingsmaatregelen worden erkend.</p>
<p>Even belangrijk is de kwaliteit van de bescherming: elk gebied heeft duidelijke instandhoudingsdoelen en een beheerplan nodig, en ongeveer een derde van de beschermde gebieden moet strikt beschermd zijn, zoals de EU-biodiversiteitsstrategie voor 2030 vraagt.</p>`,
          fields: {
            indicators: [
              'Dekking van beschermde gebieden en OECM’s op land en op zee (%)',
              'Aandeel beschermde gebieden met een goedgekeurd beheerplan',
              'Aandeel strikt beschermde gebieden',
            ],
          },
        },
      ),
    },
    {
      key: 'national-target-invasive-species',
      type: 'national-target',
      publishedDaysAgo: 46,
      sortOrder: 6,
      tags: ['GBF-TARGET-06', 'AICHI-TARGET-09', 'be'],
      fields: { code: 'BE-T06', targetYear: 2030, degreeOfAlignment: 'medium' },
      translations: tr(
        {
          title: 'Halve the introduction and establishment of invasive alien species',
          summary:
            'By 2030, the rate at which new invasive alien species are introduced and become established in Belgium is reduced by at least 50%.',
          body: `<p>Invasive alien species are one of the main drivers of biodiversity loss in Belgium. Many arrive through the ornamental plant and pet trade, through ports and along transport corridors.</p>
<ul><li>Address the main pathways of introduction through action plans with the sectors concerned</li><li>Strengthen surveillance and rapid response, building on citizen-science observations</li><li>Eradicate or control priority species, especially in protected areas</li></ul>
<p>The target builds on the EU Regulation on invasive alien species and on the work of the Belgian Forum on Invasive Species.</p>`,
          fields: {
            indicators: [
              'Number of newly established alien species per year',
              'Share of priority pathways covered by an action plan',
              'Number of rapid eradications of new arrivals',
            ],
          },
        },
        {
          title: 'Réduire de moitié l’introduction et l’établissement d’espèces exotiques envahissantes',
          summary:
            'D’ici 2030, le rythme d’introduction et d’établissement de nouvelles espèces exotiques envahissantes en Belgique est réduit d’au moins 50 %.',
          body: `<p>Les espèces exotiques envahissantes sont l’une des principales causes de perte de biodiversité en Belgique. Beaucoup arrivent par le commerce des plantes ornementales et des animaux de compagnie, par les ports et le long des axes de transport.</p>
<ul><li>Agir sur les principales voies d’introduction grâce à des plans d’action avec les secteurs concernés</li><li>Renforcer la surveillance et la réaction rapide, en s’appuyant sur les observations des sciences citoyennes</li><li>Éradiquer ou contrôler les espèces prioritaires, surtout dans les aires protégées</li></ul>
<p>L’objectif s’appuie sur le règlement européen relatif aux espèces exotiques envahissantes et sur les travaux du Forum belge sur les espèces invasives.</p>`,
          fields: {
            indicators: [
              'Nombre de nouvelles espèces exotiques établies par an',
              'Part des voies d’introduction prioritaires couvertes par un plan d’action',
              'Nombre d’éradications rapides de nouvelles arrivées',
            ],
          },
        },
        {
          title: 'De introductie en vestiging van invasieve uitheemse soorten halveren',
          summary:
            'Tegen 2030 is het tempo waarmee nieuwe invasieve uitheemse soorten in België worden geïntroduceerd en zich vestigen met minstens 50% verminderd.',
          body: `<p>Invasieve uitheemse soorten zijn een van de belangrijkste oorzaken van biodiversiteitsverlies in België. Veel ervan komen binnen via de handel in sierplanten en huisdieren, via havens en langs transportassen.</p>
<ul><li>De belangrijkste introductiewegen aanpakken met actieplannen samen met de betrokken sectoren</li><li>Bewaking en snelle respons versterken, met gebruik van waarnemingen door burgers</li><li>Prioritaire soorten uitroeien of beheersen, vooral in beschermde gebieden</li></ul>
<p>De doelstelling bouwt voort op de Europese verordening over invasieve uitheemse soorten en op het werk van het Belgisch Forum over Invasieve Soorten.</p>`,
          fields: {
            indicators: [
              'Aantal nieuw gevestigde uitheemse soorten per jaar',
              'Aandeel prioritaire introductiewegen met een actieplan',
              'Aantal snelle verwijderingen van nieuwkomers',
            ],
          },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

function projects(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'project-cebios',
      type: 'project',
      publishedDaysAgo: 150,
      point: { lat: 50.8368, lng: 4.3763 },
      tags: ['GBF-TARGET-20', 'GBF-TARGET-21', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-1100),
        endDate: h.date(725),
        partners: [
          'Royal Belgian Institute of Natural Sciences',
          'Directorate-General for Development Cooperation and Humanitarian Aid (DGD)',
          'Partner institutions in Benin, Burundi, DR Congo and other countries',
        ],
        geographicScope: 'global',
        website: 'https://www.naturalsciences.be',
      },
      translations: tr(
        {
          title: 'CEBioS: capacities for biodiversity and sustainable development',
          summary:
            'A programme of the Royal Belgian Institute of Natural Sciences that strengthens biodiversity knowledge, monitoring and policy in partner countries of Belgian development cooperation.',
          body: `<p>CEBioS (Capacities for Biodiversity and Sustainable Development) supports scientists, managers and national focal points in partner countries of Belgian development cooperation, mainly in Africa. Funded by the Directorate-General for Development Cooperation and Humanitarian Aid, it is run by the Royal Belgian Institute of Natural Sciences.</p>
<h2>Main activities</h2>
<ul><li>Support for national Clearing-House Mechanism websites</li><li>Small research grants and training in biodiversity monitoring</li><li>Help with national reports and strategies under the CBD</li><li>Awareness of access and benefit-sharing under the Nagoya Protocol</li></ul>
<p>The programme contributes directly to Target 20 of the Kunming-Montreal framework on capacity-building and technical and scientific cooperation.</p>`,
        },
        {
          title: 'CEBioS : des capacités pour la biodiversité et le développement durable',
          summary:
            'Un programme de l’Institut royal des Sciences naturelles de Belgique qui renforce les connaissances, le suivi et les politiques de biodiversité dans les pays partenaires de la coopération belge.',
          body: `<p>CEBioS (Capacities for Biodiversity and Sustainable Development) soutient les scientifiques, les gestionnaires et les points focaux nationaux des pays partenaires de la coopération belge au développement, principalement en Afrique. Financé par la Direction générale Coopération au développement et Aide humanitaire, il est mis en œuvre par l’Institut royal des Sciences naturelles de Belgique.</p>
<h2>Principales activités</h2>
<ul><li>Appui aux sites nationaux du Centre d’échange</li><li>Petites bourses de recherche et formations au suivi de la biodiversité</li><li>Aide à la préparation des rapports et stratégies nationaux au titre de la CDB</li><li>Sensibilisation à l’accès et au partage des avantages dans le cadre du Protocole de Nagoya</li></ul>
<p>Le programme contribue directement à la cible 20 du cadre de Kunming-Montréal, consacrée au renforcement des capacités et à la coopération technique et scientifique.</p>`,
        },
        {
          title: 'CEBioS: capaciteiten voor biodiversiteit en duurzame ontwikkeling',
          summary:
            'Een programma van het Koninklijk Belgisch Instituut voor Natuurwetenschappen dat kennis, monitoring en beleid rond biodiversiteit versterkt in partnerlanden van de Belgische ontwikkelingssamenwerking.',
          body: `<p>CEBioS (Capacities for Biodiversity and Sustainable Development) ondersteunt wetenschappers, beheerders en nationale focal points in partnerlanden van de Belgische ontwikkelingssamenwerking, vooral in Afrika. Het programma wordt gefinancierd door de Directie-generaal Ontwikkelingssamenwerking en Humanitaire Hulp en uitgevoerd door het Koninklijk Belgisch Instituut voor Natuurwetenschappen.</p>
<h2>Belangrijkste activiteiten</h2>
<ul><li>Ondersteuning van nationale Clearing-House Mechanism-websites</li><li>Kleine onderzoeksbeurzen en opleidingen in biodiversiteitsmonitoring</li><li>Hulp bij nationale rapporten en strategieën onder het Biodiversiteitsverdrag</li><li>Sensibilisering rond toegang en verdeling van voordelen onder het Nagoyaprotocol</li></ul>
<p>Het programma draagt rechtstreeks bij aan doel 20 van het kader van Kunming-Montreal over capaciteitsopbouw en technische en wetenschappelijke samenwerking.</p>`,
        },
      ),
    },
    {
      key: 'project-hamster-friendly-farming',
      type: 'project',
      publishedDaysAgo: 95,
      point: { lat: 50.78, lng: 5.52 },
      tags: ['GBF-TARGET-04', 'GBF-TARGET-10', 'be'],
      fields: {
        projectStatus: 'ongoing',
        startDate: h.date(-640),
        endDate: h.date(1185),
        budget: { amount: 850000, currency: 'EUR' },
        partners: [
          'Agentschap Natuur en Bos',
          'Research Institute for Nature and Forest (INBO)',
          'Regionaal Landschap Haspengouw en Voeren',
          'Participating farmers',
        ],
        geographicScope: 'subnational',
        website: 'https://www.natuurenbos.be',
      },
      translations: tr(
        {
          title: 'Hamster-friendly farming in Haspengouw',
          summary:
            'Farmers, nature managers and researchers work together to create enough suitable farmland for a viable population of European hamsters in Limburg.',
          body: `<p>The European hamster needs deep loess soils, cereals and alfalfa left standing after harvest, and little disturbance of its burrows. Through management agreements, farmers in Haspengouw are paid to adapt their practices on selected fields.</p>
<ul><li>Strips of unharvested cereals and alfalfa as cover and winter food</li><li>Shallow or no ploughing above burrows</li><li>Annual counts of burrows and monitoring of released animals</li></ul>
<p>The project combines releases of captive-bred hamsters with habitat measures, so that the population can become self-sustaining. The budget shown covers the current phase (illustrative figure).</p>`,
        },
        {
          title: 'Une agriculture favorable au grand hamster en Hesbaye limbourgeoise',
          summary:
            'Agriculteurs, gestionnaires de la nature et chercheurs collaborent pour créer assez de terres agricoles favorables à une population viable de grands hamsters au Limbourg.',
          body: `<p>Le grand hamster a besoin de sols limoneux profonds, de céréales et de luzerne laissées sur pied après la récolte, et d’un minimum de perturbations de ses terriers. Grâce à des contrats de gestion, les agriculteurs de Hesbaye sont rémunérés pour adapter leurs pratiques sur des parcelles sélectionnées.</p>
<ul><li>Bandes de céréales et de luzerne non récoltées pour l’abri et la nourriture hivernale</li><li>Travail du sol superficiel, voire absent, au-dessus des terriers</li><li>Comptage annuel des terriers et suivi des animaux relâchés</li></ul>
<p>Le projet combine des lâchers de hamsters nés en élevage et des mesures d’habitat, afin que la population puisse se maintenir d’elle-même. Le budget indiqué couvre la phase actuelle (montant indicatif).</p>`,
        },
        {
          title: 'Korenwolfvriendelijke landbouw in Haspengouw',
          summary:
            'Landbouwers, natuurbeheerders en onderzoekers werken samen om genoeg geschikt akkerland te creëren voor een levensvatbare populatie korenwolven in Limburg.',
          body: `<p>De korenwolf heeft diepe lössbodems nodig, graan en luzerne die na de oogst blijven staan, en zo weinig mogelijk verstoring van zijn holen. Via beheerovereenkomsten worden landbouwers in Haspengouw vergoed om hun teelt op geselecteerde percelen aan te passen.</p>
<ul><li>Stroken ongeoogst graan en luzerne als dekking en wintervoedsel</li><li>Niet-kerende of geen grondbewerking boven de holen</li><li>Jaarlijkse telling van de holen en opvolging van uitgezette dieren</li></ul>
<p>Het project combineert het uitzetten van gekweekte korenwolven met maatregelen voor het leefgebied, zodat de populatie zichzelf in stand kan houden. Het vermelde budget heeft betrekking op de huidige fase (indicatief bedrag).</p>`,
        },
      ),
    },
    {
      key: 'project-hautes-fagnes-peatland-restoration',
      type: 'project',
      publishedDaysAgo: 330,
      point: { lat: 50.52, lng: 6.07 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-08', 'be'],
      fields: {
        projectStatus: 'completed',
        startDate: '2007-01-01',
        endDate: '2012-12-31',
        partners: ['Public Service of Wallonia – Department of Nature and Forests (DNF)', 'EU LIFE programme'],
        geographicScope: 'subnational',
      },
      translations: tr(
        {
          title: 'Restoring the raised bogs of the Hautes Fagnes',
          summary:
            'A LIFE-funded project that blocked drainage ditches, removed spruce plantations and restored open peatland and wet heath on the Hautes Fagnes plateau.',
          body: `<p>During the 20th century, large parts of the Hautes Fagnes were drained and planted with spruce. The peat dried out, and the characteristic plants and animals of the bogs declined.</p>
<p>With support from the European LIFE programme, the Walloon nature administration cleared plantations, blocked ditches with small dams and scraped the soil to recreate bare peat. Water levels rose within a few years, and bog mosses, sundews and cranberries returned.</p>
<p>Raised bogs store large amounts of carbon, so the restoration also contributes to climate mitigation. Monitoring continues in the reserve today.</p>`,
        },
        {
          title: 'Restaurer les tourbières hautes des Hautes Fagnes',
          summary:
            'Un projet financé par LIFE qui a bouché les drains, supprimé des plantations d’épicéas et restauré tourbières et landes humides sur le plateau des Hautes Fagnes.',
          body: `<p>Au cours du siècle dernier, une grande partie des Hautes Fagnes a été drainée et plantée d’épicéas. La tourbe s’est asséchée et les plantes et animaux caractéristiques des tourbières ont régressé.</p>
<p>Avec le soutien du programme européen LIFE, l’administration wallonne de la nature a déboisé des plantations, bouché les drains à l’aide de petites digues et décapé le sol pour recréer de la tourbe à nu. Le niveau de l’eau est remonté en quelques années, et les sphaignes, droséras et canneberges sont revenues.</p>
<p>Les tourbières hautes stockent de grandes quantités de carbone : leur restauration contribue donc aussi à l’atténuation du changement climatique. Le suivi se poursuit aujourd’hui dans la réserve.</p>`,
        },
        {
          title: 'Herstel van de hoogvenen in de Hoge Venen',
          summary:
            'Een door LIFE gefinancierd project dat afwateringsgrachten dichtte, sparrenaanplantingen verwijderde en open veen en natte heide herstelde op het plateau van de Hoge Venen.',
          body: `<p>In de twintigste eeuw werd een groot deel van de Hoge Venen gedraineerd en met sparren beplant. Het veen droogde uit en de typische planten en dieren van de venen gingen achteruit.</p>
<p>Met steun van het Europese LIFE-programma verwijderde de Waalse natuuradministratie aanplantingen, dichtte ze grachten met kleine dammen en plagde ze de bodem om opnieuw naakt veen te krijgen. Binnen enkele jaren steeg het waterpeil en keerden veenmossen, zonnedauw en veenbes terug.</p>
<p>Hoogvenen slaan veel koolstof op, zodat het herstel ook bijdraagt aan de beperking van de klimaatverandering. In het reservaat wordt de opvolging vandaag voortgezet.</p>`,
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Protected areas
// ---------------------------------------------------------------------------------------------

function protectedAreas(): SeedItem[] {
  return [
    {
      key: 'protected-area-hoge-kempen',
      type: 'protected-area',
      publishedDaysAgo: 300,
      promoted: true,
      point: { lat: 50.98, lng: 5.63 },
      tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'be'],
      fields: { iucnCategory: 'not-reported', areaKm2: 120 },
      translations: tr(
        {
          title: 'Hoge Kempen National Park',
          summary:
            'Belgium’s first national park, in Limburg: heathland, pine forest and former coal-mining sites on the edge of the Meuse valley.',
          body: `<p>Opened in 2006, Hoge Kempen National Park lies on the Kempen plateau between Genk and the Meuse valley. Its landscape of dry and wet heath, pine and oak woodland, sand drifts and ponds was shaped by centuries of grazing and, later, by coal mining.</p>
<p>The park is home to the nightjar, the woodlark, the smooth snake and the natterjack toad. Large areas of former plantation are being converted back into heath and mixed woodland, and the park has been enlarged under the Flemish national park programme.</p>
<p>Several entrance gates, some of them on former coal-mining sites such as Terhills in Maasmechelen, give access to a network of walking and cycling routes.</p>`,
          fields: { designation: 'National park; Natura 2000 site' },
        },
        {
          title: 'Parc national Hoge Kempen',
          summary:
            'Le premier parc national de Belgique, au Limbourg : landes, pinèdes et anciens sites charbonniers en bordure de la vallée de la Meuse.',
          body: `<p>Ouvert en 2006, le Parc national Hoge Kempen s’étend sur le plateau campinois entre Genk et la vallée de la Meuse. Ses landes sèches et humides, ses bois de pins et de chênes, ses dunes de sable intérieures et ses étangs sont le fruit de siècles de pâturage puis de l’exploitation charbonnière.</p>
<p>Le parc abrite l’engoulevent d’Europe, l’alouette lulu, la coronelle lisse et le crapaud calamite. De vastes plantations y sont reconverties en landes et en forêts mixtes, et le parc a été agrandi dans le cadre du programme flamand des parcs nationaux.</p>
<p>Plusieurs portes d’entrée, dont certaines sur d’anciens sites miniers comme Terhills à Maasmechelen, donnent accès à un réseau de sentiers de randonnée et de pistes cyclables.</p>`,
          fields: { designation: 'Parc national ; site Natura 2000' },
        },
        {
          title: 'Nationaal Park Hoge Kempen',
          summary:
            'Het eerste nationale park van België, in Limburg: heide, dennenbossen en voormalige mijnsites aan de rand van de Maasvallei.',
          body: `<p>Het Nationaal Park Hoge Kempen opende in 2006 en ligt op het Kempens Plateau tussen Genk en de Maasvallei. Het landschap van droge en natte heide, dennen- en eikenbossen, stuifzanden en vennen werd gevormd door eeuwenlange begrazing en later door de steenkoolmijnbouw.</p>
<p>In het park leven de nachtzwaluw, de boomleeuwerik, de gladde slang en de rugstreeppad. Grote stukken voormalig productiebos worden opnieuw omgevormd tot heide en gemengd bos, en het park werd uitgebreid binnen het Vlaamse programma voor nationale parken.</p>
<p>Verschillende toegangspoorten, sommige op voormalige mijnsites zoals Terhills in Maasmechelen, geven toegang tot een netwerk van wandel- en fietsroutes.</p>`,
          fields: { designation: 'Nationaal park; Natura 2000-gebied' },
        },
      ),
    },
    {
      key: 'protected-area-hautes-fagnes',
      type: 'protected-area',
      publishedDaysAgo: 280,
      point: { lat: 50.51, lng: 6.08 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-02', 'be'],
      fields: { iucnCategory: 'IV', areaKm2: 45 },
      translations: tr(
        {
          title: 'Hautes Fagnes Nature Reserve',
          summary:
            'A high plateau of raised bogs and wet heath in the east of Belgium, protected as a state nature reserve since 1957 and listed as a Ramsar wetland.',
          body: `<p>The Hautes Fagnes (Hoge Venen) plateau, around Signal de Botrange at 694 metres, is the highest point in Belgium. Its cool, wet climate has allowed peat to accumulate for thousands of years, creating raised bogs with a flora and fauna of northern affinity.</p>
<ul><li>Plants: bog mosses, round-leaved sundew, bog rosemary, cranberry</li><li>Animals: black grouse (now very rare), moorland butterflies and dragonflies</li></ul>
<p>Access to the most sensitive zones is restricted to marked paths and boardwalks, and some areas close during the breeding season or periods of fire risk. The reserve lies within the Hautes Fagnes–Eifel nature park.</p>`,
          fields: { designation: 'State nature reserve; Natura 2000 site; Ramsar site' },
        },
        {
          title: 'Réserve naturelle des Hautes Fagnes',
          summary:
            'Un haut plateau de tourbières et de landes humides à l’est de la Belgique, réserve naturelle domaniale depuis 1957 et zone humide Ramsar.',
          body: `<p>Le plateau des Hautes Fagnes, autour du signal de Botrange à 694 mètres, est le point culminant de la Belgique. Son climat frais et humide a permis à la tourbe de s’accumuler pendant des millénaires, formant des tourbières hautes à la faune et à la flore d’affinité nordique.</p>
<ul><li>Flore : sphaignes, droséra à feuilles rondes, andromède, canneberge</li><li>Faune : tétras lyre (devenu très rare), papillons et libellules des tourbières</li></ul>
<p>L’accès aux zones les plus sensibles est limité aux sentiers balisés et aux caillebotis, et certaines zones sont fermées en période de nidification ou de risque d’incendie. La réserve fait partie du parc naturel Hautes Fagnes-Eifel.</p>`,
          fields: { designation: 'Réserve naturelle domaniale ; site Natura 2000 ; site Ramsar' },
        },
        {
          title: 'Natuurreservaat Hoge Venen',
          summary:
            'Een hoogvlakte met hoogvenen en natte heide in het oosten van België, sinds 1957 beschermd als staatsnatuurreservaat en erkend als Ramsar-wetland.',
          body: `<p>De Hoge Venen (Hautes Fagnes) rond het Signal de Botrange op 694 meter vormen het hoogste punt van België. Door het koele, natte klimaat kon er duizenden jaren lang veen ontstaan, met hoogvenen waarin een noordelijk getinte flora en fauna leeft.</p>
<ul><li>Planten: veenmossen, ronde zonnedauw, lavendelheide, veenbes</li><li>Dieren: korhoen (intussen zeer zeldzaam), vlinders en libellen van het hoogveen</li></ul>
<p>De gevoeligste zones zijn alleen toegankelijk via gemarkeerde paden en vlonders, en sommige delen sluiten tijdens het broedseizoen of bij brandgevaar. Het reservaat ligt in het natuurpark Hoge Venen-Eifel.</p>`,
          fields: { designation: 'Staatsnatuurreservaat; Natura 2000-gebied; Ramsar-gebied' },
        },
      ),
    },
    {
      key: 'protected-area-zwin',
      type: 'protected-area',
      publishedDaysAgo: 260,
      point: { lat: 51.36, lng: 3.364 },
      tags: ['GBF-TARGET-03', 'be'],
      fields: { iucnCategory: 'IV' },
      translations: tr(
        {
          title: 'The Zwin',
          summary:
            'A tidal inlet with salt marshes and mudflats on the Belgian–Dutch border at Knokke-Heist, one of the richest coastal wetlands of the southern North Sea.',
          body: `<p>The Zwin is what remains of the former sea arm that once connected Bruges to the sea. Twice a day the tide floods a network of creeks, mudflats and salt marshes, where glasswort and sea lavender grow and thousands of waders and ducks feed.</p>
<p>Because the inlet was silting up, the reserve was enlarged and the tidal channel deepened. The works, completed in 2019, allow more seawater to enter and keep the system dynamic. The Zwin Nature Park visitor centre explains the site and its birds.</p>`,
          fields: { designation: 'Nature reserve; Natura 2000 site; Ramsar site' },
        },
        {
          title: 'Le Zwin',
          summary:
            'Une baie soumise aux marées, avec prés salés et vasières, à la frontière belgo-néerlandaise à Knokke-Heist : l’une des zones humides côtières les plus riches du sud de la mer du Nord.',
          body: `<p>Le Zwin est le vestige de l’ancien bras de mer qui reliait autrefois Bruges à la mer. Deux fois par jour, la marée inonde un réseau de chenaux, de vasières et de prés salés où poussent salicornes et statices, et où se nourrissent des milliers de limicoles et de canards.</p>
<p>Le chenal s’ensablant, la réserve a été agrandie et le chenal de marée approfondi. Ces travaux, achevés en 2019, permettent à davantage d’eau de mer d’entrer et préservent la dynamique du site. Le centre d’accueil du Zwin Nature Park présente le site et ses oiseaux.</p>`,
          fields: { designation: 'Réserve naturelle ; site Natura 2000 ; site Ramsar' },
        },
        {
          title: 'Het Zwin',
          summary:
            'Een getijdengebied met schorren en slikken op de Belgisch-Nederlandse grens in Knokke-Heist, een van de rijkste kustwetlands van de zuidelijke Noordzee.',
          body: `<p>Het Zwin is wat overblijft van de vroegere zeearm die Brugge ooit met de zee verbond. Twee keer per dag loopt een netwerk van geulen, slikken en schorren onder water. Er groeien zeekraal en lamsoor, en duizenden steltlopers en eenden vinden er voedsel.</p>
<p>Omdat het Zwin dreigde te verzanden, werd het gebied uitgebreid en de getijdengeul verdiept. Dankzij die werken, afgerond in 2019, stroomt er meer zeewater binnen en blijft het systeem dynamisch. Het bezoekerscentrum van Zwin Natuur Park vertelt meer over het gebied en zijn vogels.</p>`,
          fields: { designation: 'Natuurreservaat; Natura 2000-gebied; Ramsar-gebied' },
        },
      ),
    },
    {
      key: 'protected-area-sonian-forest',
      type: 'protected-area',
      publishedDaysAgo: 240,
      point: { lat: 50.772, lng: 4.42 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-12', 'be'],
      fields: { iucnCategory: 'not-reported', areaKm2: 44 },
      translations: tr(
        {
          title: 'Sonian Forest',
          summary:
            'A 4,400-hectare beech forest on the edge of Brussels, shared by the three regions, with forest reserves on the UNESCO World Heritage List.',
          body: `<p>The Sonian Forest is famous for its “cathedral” of tall beech trees, planted in the late 18th century. It stretches across the Brussels-Capital, Flemish and Walloon regions, which manage it together under a joint structural vision.</p>
<p>Since 2017, several of its forest reserves have been part of the UNESCO World Heritage site <strong>Ancient and Primeval Beech Forests of the Carpathians and Other Regions of Europe</strong>. There, no trees are felled, and dead wood supports rare beetles, fungi and woodpeckers.</p>
<p>With millions of visits a year, the forest also faces pressures from recreation and fragmentation by roads. Ecoducts and wildlife tunnels have been built to reconnect it.</p>`,
          fields: { designation: 'Natura 2000 site; forest reserves on the UNESCO World Heritage List' },
        },
        {
          title: 'Forêt de Soignes',
          summary:
            'Une hêtraie de 4 400 hectares aux portes de Bruxelles, partagée entre les trois Régions, dont des réserves forestières sont inscrites au patrimoine mondial de l’UNESCO.',
          body: `<p>La forêt de Soignes est célèbre pour sa « hêtraie cathédrale », plantée à la fin du XVIIIe siècle. Elle s’étend sur les Régions de Bruxelles-Capitale, flamande et wallonne, qui la gèrent ensemble selon un schéma de structure commun.</p>
<p>Depuis 2017, plusieurs de ses réserves forestières font partie du bien UNESCO <strong>Forêts primaires et anciennes de hêtres des Carpates et d’autres régions d’Europe</strong>. Aucun arbre n’y est abattu, et le bois mort y abrite des coléoptères, des champignons et des pics rares.</p>
<p>Avec des millions de visites par an, la forêt subit aussi la pression des loisirs et la fragmentation par les routes. Des écoducs et des passages à faune ont été construits pour la reconnecter.</p>`,
          fields: { designation: 'Site Natura 2000 ; réserves forestières inscrites au patrimoine mondial de l’UNESCO' },
        },
        {
          title: 'Zoniënwoud',
          summary:
            'Een beukenbos van 4.400 hectare aan de rand van Brussel, gedeeld door de drie gewesten, met bosreservaten op de Werelderfgoedlijst van UNESCO.',
          body: `<p>Het Zoniënwoud is bekend om zijn “beukenkathedraal”, hoge beuken die eind achttiende eeuw werden aangeplant. Het bos strekt zich uit over het Brussels Hoofdstedelijk, het Vlaamse en het Waalse Gewest, die het samen beheren volgens een gemeenschappelijke structuurvisie.</p>
<p>Sinds 2017 maken verschillende bosreservaten deel uit van het UNESCO-werelderfgoed <strong>Oude en oorspronkelijke beukenbossen van de Karpaten en andere regio’s van Europa</strong>. Daar worden geen bomen gekapt, en dood hout biedt een thuis aan zeldzame kevers, paddenstoelen en spechten.</p>
<p>Met miljoenen bezoeken per jaar staat het bos ook onder druk van recreatie en versnippering door wegen. Ecoducten en faunatunnels moeten het opnieuw verbinden.</p>`,
          fields: { designation: 'Natura 2000-gebied; bosreservaten op de Werelderfgoedlijst van UNESCO' },
        },
      ),
    },
    {
      key: 'protected-area-flemish-banks',
      type: 'protected-area',
      publishedDaysAgo: 220,
      point: { lat: 51.18, lng: 2.55 },
      tags: ['GBF-TARGET-03', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: { iucnCategory: 'not-reported', areaKm2: 1099 },
      translations: tr(
        {
          title: 'Flemish Banks marine protected area',
          summary:
            'A marine Natura 2000 site of about 1,100 km² in the western Belgian North Sea, protecting sandbanks and gravel beds.',
          body: `<p>The Flemish Banks (Vlaamse Banken) are a system of sandbanks and gullies off the western Belgian coast, between De Panne and Ostend. Designated in 2012 under the EU Habitats Directive, the site protects shallow sandbanks and the gravel beds that are among the most species-rich habitats of the Belgian North Sea.</p>
<p>Together with three bird protection areas along the coast, it brings more than a third of the Belgian part of the North Sea into the Natura 2000 network. Restrictions on bottom-disturbing fishing in search areas aim to let the gravel beds and their flat oyster and sponge communities recover.</p>
<p>The federal Marine Environment service manages the site; the marine spatial plan regulates activities such as sand extraction and offshore wind energy.</p>`,
          fields: { designation: 'Natura 2000 site (Habitats Directive)' },
        },
        {
          title: 'Aire marine protégée des Bancs flamands',
          summary:
            'Un site Natura 2000 marin d’environ 1 100 km² dans l’ouest de la mer du Nord belge, qui protège des bancs de sable et des lits de graviers.',
          body: `<p>Les Bancs flamands (Vlaamse Banken) forment un système de bancs de sable et de chenaux au large de la côte occidentale belge, entre La Panne et Ostende. Désigné en 2012 au titre de la directive Habitats, le site protège des bancs de sable peu profonds et les lits de graviers, parmi les habitats les plus riches en espèces de la mer du Nord belge.</p>
<p>Avec trois zones de protection spéciale pour les oiseaux le long de la côte, il fait entrer plus d’un tiers de la partie belge de la mer du Nord dans le réseau Natura 2000. Des restrictions de la pêche perturbant les fonds dans des zones de recherche visent à permettre le rétablissement des graviers et de leurs communautés d’huîtres plates et d’éponges.</p>
<p>Le site est géré par le service fédéral Milieu marin ; le plan d’aménagement des espaces marins encadre des activités comme l’extraction de sable et l’éolien en mer.</p>`,
          fields: { designation: 'Site Natura 2000 (directive Habitats)' },
        },
        {
          title: 'Beschermd mariene gebied Vlaamse Banken',
          summary:
            'Een marien Natura 2000-gebied van ongeveer 1.100 km² in het westen van de Belgische Noordzee, dat zandbanken en grindbedden beschermt.',
          body: `<p>De Vlaamse Banken zijn een systeem van zandbanken en geulen voor de westkust, tussen De Panne en Oostende. Het gebied werd in 2012 aangewezen onder de Europese Habitatrichtlijn en beschermt ondiepe zandbanken en de grindbedden, die tot de soortenrijkste habitats van de Belgische Noordzee behoren.</p>
<p>Samen met drie vogelrichtlijngebieden langs de kust brengt het meer dan een derde van het Belgische deel van de Noordzee in het Natura 2000-netwerk. Beperkingen op bodemberoerende visserij in zoekzones moeten de grindbedden en hun gemeenschappen van platte oesters en sponzen de kans geven zich te herstellen.</p>
<p>De federale dienst Marien Milieu beheert het gebied; het marien ruimtelijk plan regelt activiteiten zoals zandwinning en windenergie op zee.</p>`,
          fields: { designation: 'Natura 2000-gebied (Habitatrichtlijn)' },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Ecosystems
// ---------------------------------------------------------------------------------------------

function ecosystems(): SeedItem[] {
  return [
    {
      key: 'ecosystem-belgian-north-sea',
      type: 'ecosystem',
      publishedDaysAgo: 200,
      point: { lat: 51.45, lng: 2.8 },
      tags: ['GBF-TARGET-01', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: { ecosystemType: 'marine', extentKm2: 3454 },
      translations: tr(
        {
          title: 'The Belgian part of the North Sea',
          summary:
            'A small but intensively used shallow sea of 3,454 km², with sandbanks, gravel beds and rich seabird and marine mammal life.',
          body: `<p>Belgium’s marine waters cover 3,454 km², about a tenth of the country’s land area. The sea is shallow, rarely deeper than 45 metres, with parallel sandbanks shaped by strong tidal currents. Gravel beds further offshore are hotspots of biodiversity.</p>
<p>Few seas are used so intensively: shipping lanes to major ports, fishing, sand extraction, offshore wind farms and tourism all compete for space. Belgium was among the first countries to adopt a legally binding marine spatial plan, which allocates zones to each use and protects the most valuable habitats.</p>
<ul><li>Common species: harbour porpoise, grey and harbour seal, sandeel, plaice</li><li>Important for wintering seabirds such as the red-throated diver and the common scoter</li></ul>`,
        },
        {
          title: 'La partie belge de la mer du Nord',
          summary:
            'Une mer peu profonde de 3 454 km², petite mais intensément exploitée, avec ses bancs de sable, ses graviers et une riche vie d’oiseaux et de mammifères marins.',
          body: `<p>Les eaux marines belges couvrent 3 454 km², soit environ un dixième de la superficie terrestre du pays. La mer y est peu profonde, rarement plus de 45 mètres, avec des bancs de sable parallèles façonnés par de forts courants de marée. Plus au large, des lits de graviers constituent de véritables points chauds de biodiversité.</p>
<p>Peu de mers sont aussi intensément utilisées : routes maritimes vers de grands ports, pêche, extraction de sable, parcs éoliens et tourisme s’y disputent l’espace. La Belgique a été l’un des premiers pays à adopter un plan d’aménagement des espaces marins juridiquement contraignant, qui attribue des zones à chaque usage et protège les habitats les plus précieux.</p>
<ul><li>Espèces communes : marsouin commun, phoque gris et phoque veau-marin, lançon, plie</li><li>Zone importante pour les oiseaux marins hivernants comme le plongeon catmarin et la macreuse noire</li></ul>`,
        },
        {
          title: 'Het Belgische deel van de Noordzee',
          summary:
            'Een kleine maar intensief gebruikte ondiepe zee van 3.454 km², met zandbanken, grindbedden en een rijk leven van zeevogels en zeezoogdieren.',
          body: `<p>De Belgische mariene wateren beslaan 3.454 km², ongeveer een tiende van de landoppervlakte. De zee is ondiep, zelden dieper dan 45 meter, met parallelle zandbanken die door sterke getijdenstromen zijn gevormd. Verder uit de kust liggen grindbedden die echte hotspots van biodiversiteit zijn.</p>
<p>Weinig zeeën worden zo intensief gebruikt: scheepvaartroutes naar grote havens, visserij, zandwinning, windparken op zee en toerisme concurreren om ruimte. België was een van de eerste landen met een juridisch bindend marien ruimtelijk plan, dat zones toewijst aan elk gebruik en de waardevolste habitats beschermt.</p>
<ul><li>Algemene soorten: bruinvis, grijze en gewone zeehond, zandspiering, schol</li><li>Belangrijk voor overwinterende zeevogels zoals de roodkeelduiker en de zwarte zee-eend</li></ul>`,
        },
      ),
    },
    {
      key: 'ecosystem-ardennes-forests',
      type: 'ecosystem',
      publishedDaysAgo: 190,
      point: { lat: 50.1, lng: 5.45 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-10', 'SUSTAINABLE-DEVELOPMENT-GOAL-15'],
      fields: { ecosystemType: 'forest' },
      translations: tr(
        {
          title: 'Forests of the Ardennes',
          summary:
            'The largest forested region of Belgium, where native beech and oak woods alternate with spruce plantations that are now being diversified.',
          body: `<p>The Ardennes plateau in southern Belgium is covered by extensive forests. Native beech and oak woodland grows on the slopes and in the valleys, while large areas were planted with Norway spruce in the 20th century for timber.</p>
<p>Drought and bark beetle outbreaks since 2018 have killed many spruce stands. Forest managers in Wallonia are using the opportunity to favour mixed, climate-resilient forests with native species, to keep more old and dead trees, and to restore wet valley bottoms.</p>
<p>These forests shelter the black stork, the wildcat, the black woodpecker and the Tengmalm’s owl.</p>`,
        },
        {
          title: 'Les forêts d’Ardenne',
          summary:
            'La plus grande région forestière de Belgique, où hêtraies et chênaies indigènes alternent avec des pessières aujourd’hui en cours de diversification.',
          body: `<p>Le plateau ardennais, au sud de la Belgique, est couvert de vastes forêts. Hêtraies et chênaies indigènes occupent les versants et les vallées, tandis que de grandes surfaces ont été plantées d’épicéas au XXe siècle pour la production de bois.</p>
<p>Depuis 2018, la sécheresse et les attaques de scolytes ont décimé de nombreuses pessières. En Wallonie, les forestiers en profitent pour favoriser des forêts mélangées et résilientes face au climat, composées d’essences indigènes, pour conserver davantage de vieux arbres et de bois mort, et pour restaurer les fonds de vallée humides.</p>
<p>Ces forêts abritent la cigogne noire, le chat sauvage, le pic noir et la chouette de Tengmalm.</p>`,
        },
        {
          title: 'De bossen van de Ardennen',
          summary:
            'De grootste bosregio van België, waar inheemse beuken- en eikenbossen afwisselen met sparrenaanplantingen die nu gevarieerder worden gemaakt.',
          body: `<p>Het Ardense plateau in het zuiden van België is bedekt met uitgestrekte bossen. Op de hellingen en in de valleien groeien inheemse beuken- en eikenbossen, terwijl grote oppervlakten in de twintigste eeuw met fijnspar werden beplant voor de houtproductie.</p>
<p>Door droogte en uitbraken van de letterzetter sinds 2018 zijn veel sparrenbestanden afgestorven. Bosbeheerders in Wallonië grijpen die kans aan om gemengde, klimaatbestendige bossen met inheemse soorten te bevorderen, meer oude en dode bomen te behouden en natte valleibodems te herstellen.</p>
<p>In deze bossen leven de zwarte ooievaar, de wilde kat, de zwarte specht en de ruigpootuil.</p>`,
        },
      ),
    },
    {
      key: 'ecosystem-calestienne-grasslands',
      type: 'ecosystem',
      publishedDaysAgo: 170,
      point: { lat: 50.075, lng: 4.55 },
      tags: ['GBF-TARGET-02', 'GBF-TARGET-04', 'be'],
      fields: { ecosystemType: 'grassland' },
      translations: tr(
        {
          title: 'Calcareous grasslands of the Calestienne',
          summary:
            'Flower-rich limestone grasslands in a narrow band of southern Wallonia, home to orchids, the pasque flower and many butterflies.',
          body: `<p>The Calestienne is a narrow band of limestone hills between the Fagne and the Ardennes, running across southern Wallonia. Its thin, dry soils carry calcareous grasslands (<em>pelouses calcicoles</em>) that are among the most species-rich habitats in Belgium.</p>
<p>For centuries, sheep and goats kept these slopes open. When grazing stopped, scrub and pine took over. Nature organisations and the Walloon administration now clear scrub and bring back flocks of sheep to restore the grasslands.</p>
<ul><li>Plants: pasque flower, many orchids, common rock-rose</li><li>Insects: rare butterflies and grasshoppers of warm, dry habitats</li></ul>`,
        },
        {
          title: 'Les pelouses calcicoles de la Calestienne',
          summary:
            'Des pelouses calcaires fleuries sur une étroite bande du sud de la Wallonie, refuge d’orchidées, de l’anémone pulsatille et de nombreux papillons.',
          body: `<p>La Calestienne est une étroite bande de collines calcaires entre la Fagne et l’Ardenne, qui traverse le sud de la Wallonie. Ses sols minces et secs portent des pelouses calcicoles comptant parmi les milieux les plus riches en espèces de Belgique.</p>
<p>Pendant des siècles, moutons et chèvres ont maintenu ces versants ouverts. Avec l’abandon du pâturage, les broussailles et les pins ont gagné du terrain. Associations de protection de la nature et administration wallonne débroussaillent aujourd’hui les pelouses et y réintroduisent des troupeaux de moutons.</p>
<ul><li>Flore : anémone pulsatille, nombreuses orchidées, hélianthème jaune</li><li>Insectes : papillons et criquets rares des milieux chauds et secs</li></ul>`,
        },
        {
          title: 'Kalkgraslanden van de Calestienne',
          summary:
            'Bloemrijke kalkgraslanden in een smalle strook in het zuiden van Wallonië, met orchideeën, wildemanskruid en veel vlinders.',
          body: `<p>De Calestienne is een smalle strook kalkheuvels tussen de Fagne en de Ardennen, dwars door het zuiden van Wallonië. Op de dunne, droge bodems liggen kalkgraslanden die tot de soortenrijkste habitats van België behoren.</p>
<p>Eeuwenlang hielden schapen en geiten deze hellingen open. Toen de begrazing stopte, rukten struweel en dennen op. Natuurverenigingen en de Waalse administratie kappen nu struiken en brengen schaapskudden terug om de graslanden te herstellen.</p>
<ul><li>Planten: wildemanskruid, talrijke orchideeën, geel zonneroosje</li><li>Insecten: zeldzame vlinders en sprinkhanen van warme, droge milieus</li></ul>`,
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Species
// ---------------------------------------------------------------------------------------------

function species(): SeedItem[] {
  return [
    {
      key: 'species-european-hamster',
      type: 'species',
      publishedDaysAgo: 160,
      tags: ['GBF-TARGET-04', 'be'],
      fields: { scientificName: 'Cricetus cricetus', redListStatus: 'CR', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: tr(
        {
          title: 'European hamster',
          summary: 'A farmland rodent of the loess plains of Haspengouw and Hesbaye, on the brink of extinction in Belgium.',
          body: `<p>The European hamster is a solitary rodent with a striking black belly, living in deep burrows in loess soils. In Belgium it only occurs in the south of Limburg and in a few places in Hesbaye.</p>
<p>Since 2020 the species has been listed as Critically Endangered on the IUCN Red List, owing to steep declines across its range. Early harvests, deep ploughing and the loss of cereal and alfalfa crops leave it without food and cover. It is strictly protected under the EU Habitats Directive (Annex IV).</p>`,
          fields: { commonNames: ['European hamster', 'Common hamster'] },
        },
        {
          title: 'Grand hamster',
          summary: 'Un rongeur des plaines limoneuses de Hesbaye, au bord de l’extinction en Belgique.',
          body: `<p>Le grand hamster est un rongeur solitaire au ventre noir caractéristique, qui vit dans des terriers profonds creusés dans les sols limoneux. En Belgique, il ne subsiste qu’au sud du Limbourg et en quelques endroits de Hesbaye.</p>
<p>Depuis 2020, l’espèce est classée « en danger critique » sur la Liste rouge de l’UICN, en raison d’un déclin marqué dans toute son aire de répartition. Les récoltes précoces, les labours profonds et la disparition des céréales et de la luzerne le privent de nourriture et d’abri. Il est strictement protégé par la directive Habitats (annexe IV).</p>`,
          fields: { commonNames: ['Grand hamster', 'Hamster d’Europe'] },
        },
        {
          title: 'Korenwolf',
          summary: 'Een knaagdier van de lössvlaktes van Haspengouw, met uitsterven bedreigd in België.',
          body: `<p>De korenwolf is een solitair levend knaagdier met een opvallend zwarte buik, dat in diepe holen in de lössbodem woont. In België komt hij alleen nog voor in het zuiden van Limburg en op enkele plaatsen in Waals-Haspengouw.</p>
<p>Sinds 2020 staat de soort als ernstig bedreigd op de Rode Lijst van de IUCN, door een sterke achteruitgang in haar hele verspreidingsgebied. Vroege oogsten, diep ploegen en het verdwijnen van graan en luzerne ontnemen hem voedsel en dekking. De soort is strikt beschermd onder de Europese Habitatrichtlijn (bijlage IV).</p>`,
          fields: { commonNames: ['Korenwolf', 'Europese hamster', 'Wilde hamster'] },
        },
      ),
    },
    {
      key: 'species-natterjack-toad',
      type: 'species',
      publishedDaysAgo: 150,
      tags: ['GBF-TARGET-04', 'be'],
      fields: { scientificName: 'Epidalea calamita', redListStatus: 'LC', taxonomicGroup: 'amphibians', endemic: false, invasive: false },
      translations: tr(
        {
          title: 'Natterjack toad',
          summary: 'A pioneer toad of sandy, open landscapes, recognisable by the yellow stripe down its back and its loud rattling call.',
          body: `<p>The natterjack toad lives in open, sandy places with shallow, sun-warmed pools: heathland in the Kempen, coastal dunes, and sand and clay quarries. It runs rather than hops, and males call in chorus on spring evenings, audible more than a kilometre away.</p>
<p>Although Least Concern worldwide, the natterjack has declined in Belgium as pioneer habitats became overgrown. It benefits from heathland restoration, from temporary pools dug in nature reserves, and from agreements with quarry operators. It is protected under Annex IV of the Habitats Directive.</p>`,
          fields: { commonNames: ['Natterjack toad', 'Natterjack'] },
        },
        {
          title: 'Crapaud calamite',
          summary: 'Un crapaud pionnier des milieux sableux et ouverts, reconnaissable à la ligne jaune sur son dos et à son chant puissant.',
          body: `<p>Le crapaud calamite vit dans des milieux ouverts et sableux pourvus de mares peu profondes, vite réchauffées par le soleil : landes de Campine, dunes littorales, sablières et carrières. Il court plutôt qu’il ne saute, et les mâles chantent en chœur les soirs de printemps, audibles à plus d’un kilomètre.</p>
<p>Bien que classé « préoccupation mineure » au niveau mondial, le calamite a régressé en Belgique à mesure que ses milieux pionniers se refermaient. Il profite de la restauration des landes, du creusement de mares temporaires dans les réserves et d’accords avec les exploitants de carrières. Il est protégé au titre de l’annexe IV de la directive Habitats.</p>`,
          fields: { commonNames: ['Crapaud calamite'] },
        },
        {
          title: 'Rugstreeppad',
          summary: 'Een pionierssoort van open, zandige landschappen, herkenbaar aan de gele streep over de rug en het luide, ratelende gekwaak.',
          body: `<p>De rugstreeppad leeft op open, zandige plaatsen met ondiepe plassen die snel opwarmen: Kempense heide, duinen aan de kust, zand- en kleiputten. Hij loopt eerder dan dat hij springt, en op lenteavonden roepen de mannetjes in koor, tot meer dan een kilometer ver hoorbaar.</p>
<p>Wereldwijd is de soort niet bedreigd, maar in België ging de rugstreeppad achteruit doordat pioniersmilieus dichtgroeiden. Hij heeft baat bij heideherstel, bij tijdelijke poelen in natuurgebieden en bij afspraken met uitbaters van groeven. De soort is beschermd onder bijlage IV van de Habitatrichtlijn.</p>`,
          fields: { commonNames: ['Rugstreeppad'] },
        },
      ),
    },
    {
      key: 'species-european-eel',
      type: 'species',
      publishedDaysAgo: 140,
      tags: ['GBF-TARGET-04', 'GBF-TARGET-05', 'be'],
      fields: { scientificName: 'Anguilla anguilla', redListStatus: 'CR', taxonomicGroup: 'fishes', endemic: false, invasive: false },
      translations: tr(
        {
          title: 'European eel',
          summary: 'A migratory fish that crosses the Atlantic to spawn in the Sargasso Sea, now Critically Endangered.',
          body: `<p>Young eels arrive on the Belgian coast as transparent glass eels after a journey of several thousand kilometres from the Sargasso Sea. They grow for years in rivers, canals and polder ditches before returning to the ocean to spawn once and die.</p>
<p>The number of glass eels reaching Europe has collapsed since the 1980s, and the species is listed as Critically Endangered. Dams, pumping stations and hydropower turbines block or kill migrating eels. Under the EU Eel Regulation, Flanders and Wallonia have eel management plans that include fish-friendly pumping stations and fish passes on the Meuse, the Scheldt and their tributaries.</p>`,
          fields: { commonNames: ['European eel'] },
        },
        {
          title: 'Anguille européenne',
          summary: 'Un poisson migrateur qui traverse l’Atlantique pour frayer dans la mer des Sargasses, aujourd’hui en danger critique.',
          body: `<p>Les jeunes anguilles atteignent la côte belge sous forme de civelles transparentes, après un voyage de plusieurs milliers de kilomètres depuis la mer des Sargasses. Elles grandissent pendant des années dans les rivières, les canaux et les fossés des polders avant de regagner l’océan pour s’y reproduire une seule fois et mourir.</p>
<p>Le nombre de civelles atteignant l’Europe s’est effondré depuis les années 1980, et l’espèce est classée « en danger critique ». Barrages, stations de pompage et turbines hydroélectriques bloquent ou tuent les anguilles en migration. En application du règlement européen sur l’anguille, la Flandre et la Wallonie ont adopté des plans de gestion qui prévoient des stations de pompage adaptées et des passes à poissons sur la Meuse, l’Escaut et leurs affluents.</p>`,
          fields: { commonNames: ['Anguille européenne', 'Anguille'] },
        },
        {
          title: 'Europese paling',
          summary: 'Een trekvis die de Atlantische Oceaan oversteekt om in de Sargassozee te paaien, intussen ernstig bedreigd.',
          body: `<p>Jonge palingen bereiken de Belgische kust als doorzichtige glasalen, na een tocht van duizenden kilometers vanuit de Sargassozee. Ze groeien jarenlang op in rivieren, kanalen en poldersloten voordat ze naar de oceaan terugkeren om één keer te paaien en te sterven.</p>
<p>Het aantal glasalen dat Europa bereikt, is sinds de jaren 1980 ingestort, en de soort staat als ernstig bedreigd op de Rode Lijst. Stuwen, gemalen en waterkrachtturbines blokkeren of doden trekkende palingen. Onder de Europese palingverordening hebben Vlaanderen en Wallonië palingbeheerplannen met visvriendelijke gemalen en vispassages op de Maas, de Schelde en hun zijrivieren.</p>`,
          fields: { commonNames: ['Paling', 'Europese aal'] },
        },
      ),
    },
    {
      key: 'species-eurasian-otter',
      type: 'species',
      publishedDaysAgo: 125,
      tags: ['GBF-TARGET-04', 'be'],
      fields: { scientificName: 'Lutra lutra', redListStatus: 'NT', taxonomicGroup: 'mammals', endemic: false, invasive: false },
      translations: tr(
        {
          title: 'Eurasian otter',
          summary: 'A semi-aquatic predator of rivers and wetlands that is slowly returning to Belgium after near-extinction.',
          body: `<p>The Eurasian otter hunts fish, crayfish and amphibians along rivers, marshes and ponds, and can range over twenty kilometres of waterway. Shy and mostly nocturnal, it is usually detected by its spraints and footprints.</p>
<p>Listed as Near Threatened worldwide, the otter had almost disappeared from Belgium by the 1990s. Better water quality and wetland restoration have allowed it to return to the Kempen, the Meuse valley and the Ardennes. Road traffic remains the main cause of death, so wildlife passages under bridges are a priority.</p>`,
          fields: { commonNames: ['Eurasian otter', 'European otter'] },
        },
        {
          title: 'Loutre d’Europe',
          summary: 'Un prédateur semi-aquatique des rivières et des zones humides, qui revient lentement en Belgique après avoir failli disparaître.',
          body: `<p>La loutre d’Europe chasse poissons, écrevisses et amphibiens le long des rivières, des marais et des étangs, et peut parcourir plus de vingt kilomètres de cours d’eau. Discrète et surtout nocturne, on la repère le plus souvent à ses épreintes et à ses empreintes.</p>
<p>Classée « quasi menacée » au niveau mondial, la loutre avait presque disparu de Belgique dans les années 1990. L’amélioration de la qualité de l’eau et la restauration des zones humides lui ont permis de revenir en Campine, dans la vallée de la Meuse et en Ardenne. La circulation routière reste la première cause de mortalité : les passages à faune sous les ponts sont donc une priorité.</p>`,
          fields: { commonNames: ['Loutre d’Europe', 'Loutre'] },
        },
        {
          title: 'Otter',
          summary: 'Een half in het water levende predator van rivieren en wetlands, die na bijna uitgestorven te zijn langzaam terugkeert naar België.',
          body: `<p>De otter jaagt op vis, kreeften en amfibieën langs rivieren, moerassen en vijvers, en kan een territorium van meer dan twintig kilometer waterloop hebben. Hij is schuw en vooral ’s nachts actief, en wordt meestal opgemerkt aan zijn spraints en pootafdrukken.</p>
<p>Wereldwijd staat de otter als bijna in gevaar (Near Threatened) op de Rode Lijst. In de jaren 1990 was hij bijna uit België verdwenen, maar dankzij betere waterkwaliteit en herstel van wetlands keert hij terug naar de Kempen, de Maasvallei en de Ardennen. Verkeer blijft de belangrijkste doodsoorzaak, dus faunapassages onder bruggen hebben voorrang.</p>`,
          fields: { commonNames: ['Otter', 'Europese otter'] },
        },
      ),
    },
    {
      key: 'species-black-stork',
      type: 'species',
      publishedDaysAgo: 110,
      tags: ['GBF-TARGET-04', 'be'],
      fields: { scientificName: 'Ciconia nigra', redListStatus: 'LC', taxonomicGroup: 'birds', endemic: false, invasive: false },
      translations: tr(
        {
          title: 'Black stork',
          summary: 'A shy forest stork that nests in the quiet woodlands of the Ardennes and feeds in clear forest streams.',
          body: `<p>Unlike its white cousin, the black stork avoids people. It builds its nest high in old trees in large, undisturbed forests and hunts fish and amphibians in streams and wet meadows. After disappearing as a breeding bird, it recolonised the Ardennes at the end of the 20th century.</p>
<p>The species is globally Least Concern, but the small Belgian population depends on peace and quiet around nest sites during the breeding season, on old trees, and on clean streams. Forest managers set up quiet zones around known nests. The birds winter in West Africa.</p>`,
          fields: { commonNames: ['Black stork'] },
        },
        {
          title: 'Cigogne noire',
          summary: 'Une cigogne forestière farouche qui niche dans les forêts calmes de l’Ardenne et se nourrit dans les ruisseaux limpides.',
          body: `<p>Contrairement à sa cousine blanche, la cigogne noire fuit l’homme. Elle construit son nid haut dans de vieux arbres, au cœur de grands massifs forestiers tranquilles, et chasse poissons et amphibiens dans les ruisseaux et les prairies humides. Après avoir disparu comme nicheuse, elle a recolonisé l’Ardenne à la fin du XXe siècle.</p>
<p>L’espèce est classée « préoccupation mineure » au niveau mondial, mais la petite population belge dépend de la quiétude des sites de nidification pendant la reproduction, de vieux arbres et de ruisseaux de qualité. Les forestiers délimitent des zones de quiétude autour des nids connus. Les oiseaux hivernent en Afrique de l’Ouest.</p>`,
          fields: { commonNames: ['Cigogne noire'] },
        },
        {
          title: 'Zwarte ooievaar',
          summary: 'Een schuwe bosooievaar die broedt in de rustige bossen van de Ardennen en voedsel zoekt in heldere bosbeken.',
          body: `<p>Anders dan zijn witte neef gaat de zwarte ooievaar mensen uit de weg. Hij bouwt zijn nest hoog in oude bomen in grote, rustige bossen en jaagt op vis en amfibieën in beken en natte weiden. Nadat hij als broedvogel verdwenen was, herkoloniseerde hij eind twintigste eeuw de Ardennen.</p>
<p>Wereldwijd is de soort niet bedreigd, maar de kleine Belgische populatie heeft rust rond de nestplaatsen in het broedseizoen nodig, oude bomen en schone beken. Bosbeheerders bakenen stiltezones af rond gekende nesten. De vogels overwinteren in West-Afrika.</p>`,
          fields: { commonNames: ['Zwarte ooievaar'] },
        },
      ),
    },
    {
      key: 'species-asian-hornet',
      type: 'species',
      publishedDaysAgo: 72,
      tags: ['GBF-TARGET-06', 'be'],
      fields: { scientificName: 'Vespa velutina', taxonomicGroup: 'insects', endemic: false, invasive: true },
      translations: tr(
        {
          title: 'Asian hornet',
          summary: 'An invasive hornet from South-East Asia that preys on honeybees and has spread across Belgium since 2016.',
          body: `<p>The Asian hornet, also called the yellow-legged hornet, arrived in France around 2004, probably in a shipment of pottery from China. It was first recorded in Belgium in 2016 and is now found in all three regions.</p>
<p>It is slightly smaller and darker than the native European hornet, with yellow leg tips. Colonies build large nests, often high in trees, and hunt honeybees in front of their hives as well as wild pollinators. The species is on the EU list of invasive alien species of Union concern; reporting nests helps the regions organise their removal.</p>`,
          fields: { commonNames: ['Asian hornet', 'Yellow-legged hornet'] },
        },
        {
          title: 'Frelon asiatique',
          summary: 'Un frelon envahissant originaire d’Asie du Sud-Est, prédateur des abeilles domestiques, qui s’est répandu en Belgique depuis 2016.',
          body: `<p>Le frelon asiatique, ou frelon à pattes jaunes, est arrivé en France vers 2004, probablement dans un chargement de poteries en provenance de Chine. Observé pour la première fois en Belgique en 2016, il est aujourd’hui présent dans les trois Régions.</p>
<p>Un peu plus petit et plus sombre que le frelon européen indigène, il a l’extrémité des pattes jaune. Ses colonies construisent de gros nids, souvent haut dans les arbres, et chassent les abeilles devant les ruches ainsi que les pollinisateurs sauvages. L’espèce figure sur la liste européenne des espèces exotiques envahissantes préoccupantes pour l’Union ; signaler les nids aide les Régions à organiser leur destruction.</p>`,
          fields: { commonNames: ['Frelon asiatique', 'Frelon à pattes jaunes'] },
        },
        {
          title: 'Aziatische hoornaar',
          summary: 'Een invasieve hoornaar uit Zuidoost-Azië die op honingbijen jaagt en zich sinds 2016 over België heeft verspreid.',
          body: `<p>De Aziatische hoornaar kwam rond 2004 in Frankrijk terecht, waarschijnlijk met een lading aardewerk uit China. In 2016 werd hij voor het eerst in België waargenomen en intussen komt hij in de drie gewesten voor.</p>
<p>Hij is iets kleiner en donkerder dan de inheemse Europese hoornaar en heeft gele pootuiteinden. De kolonies bouwen grote nesten, vaak hoog in bomen, en jagen op honingbijen voor de kasten en op wilde bestuivers. De soort staat op de Unielijst van invasieve uitheemse soorten; door nesten te melden helpen burgers de gewesten om ze te laten verwijderen.</p>`,
          fields: { commonNames: ['Aziatische hoornaar'] },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------------------------

function organizations(): SeedItem[] {
  return [
    {
      key: 'organization-rbins',
      type: 'organization',
      publishedDaysAgo: 380,
      point: { lat: 50.8368, lng: 4.3763 },
      tags: ['GBF-TARGET-21', 'be'],
      fields: {
        organizationType: 'research',
        address: 'Rue Vautier 29\n1000 Brussels\nBelgium',
        website: 'https://www.naturalsciences.be',
        email: 'info-rbins@example.org',
        phone: '+32 2 000 00 10',
      },
      translations: tr(
        {
          title: 'Royal Belgian Institute of Natural Sciences',
          summary:
            'Federal scientific institute for natural sciences, home of the Museum of Natural Sciences and of the Belgian CBD national focal point.',
          body: `<p>The Royal Belgian Institute of Natural Sciences (RBINS) is a federal scientific institute in Brussels. Its researchers study biodiversity and geology from the North Sea to the tropics, and its collections hold some 38 million specimens.</p>
<p>RBINS hosts the Belgian national focal point to the Convention on Biological Diversity and the Belgian Clearing-House Mechanism, and runs the CEBioS programme for capacity-building in partner countries. Its marine scientists monitor the Belgian part of the North Sea. The public knows it best through the Museum of Natural Sciences and its famous Iguanodons.</p>`,
          fields: { acronym: 'RBINS', city: 'Brussels' },
        },
        {
          title: 'Institut royal des Sciences naturelles de Belgique',
          summary:
            'Établissement scientifique fédéral consacré aux sciences naturelles, qui abrite le Muséum des Sciences naturelles et le point focal national belge de la CDB.',
          body: `<p>L’Institut royal des Sciences naturelles de Belgique (IRSNB) est un établissement scientifique fédéral situé à Bruxelles. Ses chercheurs étudient la biodiversité et la géologie, de la mer du Nord aux tropiques, et ses collections comptent quelque 38 millions de spécimens.</p>
<p>L’IRSNB héberge le point focal national belge de la Convention sur la diversité biologique et le Centre d’échange belge, et met en œuvre le programme CEBioS de renforcement des capacités dans les pays partenaires. Ses scientifiques surveillent la partie belge de la mer du Nord. Le grand public le connaît surtout par le Muséum des Sciences naturelles et ses célèbres iguanodons.</p>`,
          fields: { acronym: 'IRSNB', city: 'Bruxelles' },
        },
        {
          title: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen',
          summary:
            'Federale wetenschappelijke instelling voor natuurwetenschappen, met het Museum voor Natuurwetenschappen en het Belgische nationale focal point voor het Biodiversiteitsverdrag.',
          body: `<p>Het Koninklijk Belgisch Instituut voor Natuurwetenschappen (KBIN) is een federale wetenschappelijke instelling in Brussel. De onderzoekers bestuderen biodiversiteit en geologie, van de Noordzee tot de tropen, en de collecties tellen zowat 38 miljoen specimens.</p>
<p>Het KBIN herbergt het Belgische nationale focal point voor het Verdrag inzake biologische diversiteit en het Belgische Clearing-House Mechanism, en voert het CEBioS-programma voor capaciteitsopbouw in partnerlanden uit. De mariene wetenschappers volgen het Belgische deel van de Noordzee op. Het grote publiek kent het instituut vooral van het Museum voor Natuurwetenschappen en zijn beroemde iguanodons.</p>`,
          fields: { acronym: 'KBIN', city: 'Brussel' },
        },
      ),
    },
    {
      key: 'organization-inbo',
      type: 'organization',
      publishedDaysAgo: 370,
      point: { lat: 50.8665, lng: 4.3493 },
      tags: ['GBF-TARGET-21', 'be'],
      fields: {
        organizationType: 'research',
        address: 'Herman Teirlinck Building\nHavenlaan 88 box 73\n1000 Brussels\nBelgium',
        website: 'https://www.vlaanderen.be/inbo',
        email: 'info-inbo@example.org',
        phone: '+32 2 000 00 11',
      },
      translations: tr(
        {
          title: 'Research Institute for Nature and Forest',
          summary:
            'The Flemish research institute that provides the scientific basis for nature and forest policy in Flanders.',
          body: `<p>The Research Institute for Nature and Forest (INBO) is the independent research institute of the Flemish government for biodiversity, nature management and forests. It monitors habitats and species, studies invasive alien species and wildlife management, and publishes the Nature Report for Flanders.</p>
<p>INBO is a strong advocate of open science: many of its datasets are published through GBIF, and it contributes to citizen-science initiatives such as the reporting of Asian hornet nests.</p>`,
          fields: { acronym: 'INBO', city: 'Brussels' },
        },
        {
          title: 'Institut de recherche sur la nature et les forêts',
          summary:
            'L’institut de recherche flamand qui fournit la base scientifique des politiques de la nature et des forêts en Flandre.',
          body: `<p>L’Institut de recherche sur la nature et les forêts (INBO) est l’institut de recherche indépendant du gouvernement flamand pour la biodiversité, la gestion de la nature et les forêts. Il assure le suivi des habitats et des espèces, étudie les espèces exotiques envahissantes et la gestion de la faune, et publie le Rapport sur la nature en Flandre.</p>
<p>L’INBO défend activement la science ouverte : une grande partie de ses jeux de données sont publiés via le GBIF, et il contribue à des initiatives de sciences citoyennes comme le signalement des nids de frelon asiatique.</p>`,
          fields: { acronym: 'INBO', city: 'Bruxelles' },
        },
        {
          title: 'Instituut voor Natuur- en Bosonderzoek',
          summary:
            'Het Vlaamse onderzoeksinstituut dat de wetenschappelijke basis levert voor het natuur- en bosbeleid in Vlaanderen.',
          body: `<p>Het Instituut voor Natuur- en Bosonderzoek (INBO) is het onafhankelijke onderzoeksinstituut van de Vlaamse overheid voor biodiversiteit, natuurbeheer en bossen. Het volgt habitats en soorten op, doet onderzoek naar invasieve uitheemse soorten en wildbeheer, en publiceert het Natuurrapport.</p>
<p>Het INBO zet sterk in op open wetenschap: veel van zijn datasets worden via GBIF gepubliceerd, en het werkt mee aan burgerwetenschap, zoals het melden van nesten van de Aziatische hoornaar.</p>`,
          fields: { acronym: 'INBO', city: 'Brussel' },
        },
      ),
    },
    {
      key: 'organization-meise-botanic-garden',
      type: 'organization',
      publishedDaysAgo: 360,
      point: { lat: 50.9297, lng: 4.328 },
      tags: ['GBF-TARGET-04', 'GBF-TARGET-21', 'be'],
      fields: {
        organizationType: 'research',
        address: 'Nieuwelaan 38\n1860 Meise\nBelgium',
        website: 'https://www.plantentuinmeise.be',
        email: 'info-meise@example.org',
        phone: '+32 2 000 00 12',
      },
      translations: tr(
        {
          title: 'Meise Botanic Garden',
          summary:
            'One of the largest botanic gardens in the world, with living collections, a major herbarium and research on plants and fungi in Belgium and Africa.',
          body: `<p>Set in the 92-hectare estate of Bouchout Castle north of Brussels, Meise Botanic Garden grows some 18,000 plant taxa and keeps one of the world’s largest herbaria. Its scientists work on the flora of Belgium and Central Africa, on fungi and algae, and on the conservation of wild plants.</p>
<p>The garden’s seed bank stores seeds of rare and threatened Belgian plants, and the garden contributes to Belgium’s work under the Global Strategy for Plant Conservation.</p>`,
          fields: { city: 'Meise' },
        },
        {
          title: 'Jardin botanique de Meise',
          summary:
            'L’un des plus grands jardins botaniques du monde, avec ses collections vivantes, un herbier majeur et des recherches sur les plantes et les champignons de Belgique et d’Afrique.',
          body: `<p>Installé sur les 92 hectares du domaine du château de Bouchout, au nord de Bruxelles, le Jardin botanique de Meise cultive quelque 18 000 taxons de plantes et conserve l’un des plus grands herbiers du monde. Ses scientifiques étudient la flore de Belgique et d’Afrique centrale, les champignons et les algues, et la conservation des plantes sauvages.</p>
<p>Sa banque de graines conserve des semences de plantes belges rares et menacées, et le Jardin contribue aux travaux de la Belgique au titre de la Stratégie mondiale pour la conservation des plantes.</p>`,
          fields: { city: 'Meise' },
        },
        {
          title: 'Plantentuin Meise',
          summary:
            'Een van de grootste botanische tuinen ter wereld, met levende collecties, een belangrijk herbarium en onderzoek naar planten en paddenstoelen in België en Afrika.',
          body: `<p>Plantentuin Meise ligt op het 92 hectare grote domein van het kasteel van Bouchout, ten noorden van Brussel. De tuin kweekt zowat 18.000 plantentaxa en beheert een van de grootste herbaria ter wereld. De wetenschappers bestuderen de flora van België en Centraal-Afrika, paddenstoelen en algen, en het behoud van wilde planten.</p>
<p>De zadenbank bewaart zaden van zeldzame en bedreigde Belgische planten, en de Plantentuin draagt bij aan het Belgische werk rond de Mondiale Strategie voor Plantenbehoud.</p>`,
          fields: { city: 'Meise' },
        },
      ),
    },
    {
      key: 'organization-natagora',
      type: 'organization',
      publishedDaysAgo: 350,
      point: { lat: 50.4669, lng: 4.8675 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-22', 'be'],
      fields: { organizationType: 'ngo', address: 'Traverse des Muses 1\n5000 Namur\nBelgium', website: 'https://www.natagora.be', email: 'info-natagora@example.org', phone: '+32 81 00 00 13' },
      translations: tr(
        {
          title: 'Natagora',
          summary: 'The main nature conservation association in Wallonia and Brussels, managing nature reserves and running citizen-science projects.',
          body: `<p>Natagora works to protect biodiversity in Wallonia and Brussels. It buys and manages nature reserves, from calcareous grasslands in the Calestienne to wetlands in the Meuse valley, with the help of thousands of volunteers.</p>
<p>The association also runs large citizen-science projects on birds, butterflies and amphibians, and co-manages the observations.be platform, where naturalists record their sightings.</p>`,
          fields: { city: 'Namur' },
        },
        {
          title: 'Natagora',
          summary: 'La principale association de protection de la nature en Wallonie et à Bruxelles, qui gère des réserves naturelles et anime des projets de sciences citoyennes.',
          body: `<p>Natagora œuvre à la protection de la biodiversité en Wallonie et à Bruxelles. Elle acquiert et gère des réserves naturelles, des pelouses calcicoles de la Calestienne aux zones humides de la vallée de la Meuse, avec l’aide de milliers de bénévoles.</p>
<p>L’association mène aussi de grands projets de sciences citoyennes sur les oiseaux, les papillons et les amphibiens, et cogère la plateforme observations.be, où les naturalistes encodent leurs observations.</p>`,
          fields: { city: 'Namur' },
        },
        {
          title: 'Natagora',
          summary: 'De belangrijkste natuurvereniging in Wallonië en Brussel, die natuurreservaten beheert en burgerwetenschapsprojecten organiseert.',
          body: `<p>Natagora zet zich in voor de bescherming van de biodiversiteit in Wallonië en Brussel. De vereniging koopt en beheert natuurreservaten, van kalkgraslanden in de Calestienne tot wetlands in de Maasvallei, met de hulp van duizenden vrijwilligers.</p>
<p>Ze organiseert ook grote burgerwetenschapsprojecten over vogels, vlinders en amfibieën, en beheert mee het platform observations.be, waar natuurliefhebbers hun waarnemingen invoeren.</p>`,
          fields: { city: 'Namen' },
        },
      ),
    },
    {
      key: 'organization-natuurpunt',
      type: 'organization',
      publishedDaysAgo: 345,
      point: { lat: 51.0275, lng: 4.4833 },
      tags: ['GBF-TARGET-03', 'GBF-TARGET-22', 'be'],
      fields: { organizationType: 'ngo', address: 'Coxiestraat 11\n2800 Mechelen\nBelgium', website: 'https://www.natuurpunt.be', email: 'info-natuurpunt@example.org', phone: '+32 15 00 00 14' },
      translations: tr(
        {
          title: 'Natuurpunt',
          summary: 'The largest nature conservation association in Flanders, with more than 500 nature reserves managed by members and volunteers.',
          body: `<p>Natuurpunt protects and manages nature reserves across Flanders, from the Kalmthoutse Heide to the river valleys of Limburg. Local groups of volunteers organise management work, guided walks and nature education.</p>
<p>Natuurpunt Studie, its scientific branch, coordinates species monitoring and the waarnemingen.be platform, and publishes regular updates on the state of Flemish wildlife.</p>`,
          fields: { city: 'Mechelen' },
        },
        {
          title: 'Natuurpunt',
          summary: 'La plus grande association de protection de la nature en Flandre, qui gère plus de 500 réserves naturelles grâce à ses membres et bénévoles.',
          body: `<p>Natuurpunt protège et gère des réserves naturelles dans toute la Flandre, de la Kalmthoutse Heide aux vallées du Limbourg. Des groupes locaux de bénévoles organisent les travaux de gestion, les promenades guidées et l’éducation à la nature.</p>
<p>Natuurpunt Studie, son service scientifique, coordonne le suivi des espèces et la plateforme waarnemingen.be, et publie régulièrement des bilans sur l’état de la faune et de la flore flamandes.</p>`,
          fields: { city: 'Malines' },
        },
        {
          title: 'Natuurpunt',
          summary: 'De grootste natuurvereniging van Vlaanderen, met meer dan 500 natuurgebieden die door leden en vrijwilligers worden beheerd.',
          body: `<p>Natuurpunt beschermt en beheert natuurgebieden in heel Vlaanderen, van de Kalmthoutse Heide tot de beekvalleien van Limburg. Lokale afdelingen van vrijwilligers organiseren beheerwerken, geleide wandelingen en natuureducatie.</p>
<p>Natuurpunt Studie, de wetenschappelijke afdeling, coördineert de soortenmonitoring en het platform waarnemingen.be, en brengt geregeld de toestand van de Vlaamse natuur in kaart.</p>`,
          fields: { city: 'Mechelen' },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Contact persons (fictitious people)
// ---------------------------------------------------------------------------------------------

function contactPersons(): SeedItem[] {
  return [
    {
      key: 'contact-chm-focal-point',
      type: 'contact-person',
      publishedDaysAgo: 380,
      sortOrder: 1,
      tags: ['GBF-TARGET-21', 'be'],
      fields: { personName: 'Elise Vanhoutryve', givenName: 'Elise', familyName: 'Vanhoutryve', email: 'chm-focal-point@example.org', phone: '+32 2 000 00 01' },
      translations: tr(
        {
          title: 'Elise Vanhoutryve',
          summary: 'National focal point for the Belgian Clearing-House Mechanism.',
          body: `<p>Elise coordinates the Belgian CHM and its network of contributors in the federal administration and the regions. She is the first point of contact for questions about the site, data sharing and cooperation with other national CHMs.</p>
<p>She can be reached in English, French and Dutch.</p>`,
          fields: { function: 'National focal point for the CHM', organizationName: 'Royal Belgian Institute of Natural Sciences' },
        },
        {
          title: 'Elise Vanhoutryve',
          summary: 'Point focal national pour le Centre d’échange belge.',
          body: `<p>Elise coordonne le CHM belge et son réseau de contributeurs au sein de l’administration fédérale et des Régions. Elle est la première personne de contact pour toute question sur le site, le partage de données et la coopération avec les autres CHM nationaux.</p>
<p>Elle répond en français, en néerlandais et en anglais.</p>`,
          fields: { function: 'Point focal national pour le CHM', organizationName: 'Institut royal des Sciences naturelles de Belgique' },
        },
        {
          title: 'Elise Vanhoutryve',
          summary: 'Nationaal focal point voor het Belgische Clearing-House Mechanism.',
          body: `<p>Elise coördineert het Belgische CHM en het netwerk van bijdragers in de federale administratie en de gewesten. Zij is het eerste aanspreekpunt voor vragen over de site, het delen van gegevens en de samenwerking met andere nationale CHM’s.</p>
<p>Je kunt haar aanspreken in het Nederlands, Frans en Engels.</p>`,
          fields: { function: 'Nationaal focal point voor het CHM', organizationName: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen' },
        },
      ),
    },
    {
      key: 'contact-chm-editor',
      type: 'contact-person',
      publishedDaysAgo: 300,
      sortOrder: 2,
      tags: ['GBF-TARGET-21', 'be'],
      fields: { personName: 'Thomas Delcourt', givenName: 'Thomas', familyName: 'Delcourt', email: 'chm-editor@example.org', phone: '+32 2 000 00 02' },
      translations: tr(
        {
          title: 'Thomas Delcourt',
          summary: 'Web editor of the Belgian CHM.',
          body: `<p>Thomas edits news, events and documents on the Belgian CHM and looks after the translations into French and Dutch. Send him announcements of events and publications that you would like to see on the site.</p>
<p>Please allow at least two weeks’ notice for event announcements.</p>`,
          fields: { function: 'Web editor', organizationName: 'Royal Belgian Institute of Natural Sciences' },
        },
        {
          title: 'Thomas Delcourt',
          summary: 'Rédacteur web du Centre d’échange belge.',
          body: `<p>Thomas rédige les actualités, les événements et les documents du CHM belge et veille aux traductions en français et en néerlandais. Envoyez-lui les annonces d’événements et de publications que vous souhaitez voir figurer sur le site.</p>
<p>Merci de prévoir un délai d’au moins deux semaines pour l’annonce d’un événement.</p>`,
          fields: { function: 'Rédacteur web', organizationName: 'Institut royal des Sciences naturelles de Belgique' },
        },
        {
          title: 'Thomas Delcourt',
          summary: 'Webredacteur van het Belgische CHM.',
          body: `<p>Thomas verzorgt het nieuws, de evenementen en de documenten op het Belgische CHM en volgt de vertalingen in het Frans en het Nederlands op. Stuur hem aankondigingen van evenementen en publicaties die je op de site wilt zien.</p>
<p>Bezorg aankondigingen van evenementen graag minstens twee weken op voorhand.</p>`,
          fields: { function: 'Webredacteur', organizationName: 'Koninklijk Belgisch Instituut voor Natuurwetenschappen' },
        },
      ),
    },
    {
      key: 'contact-abs-desk',
      type: 'contact-person',
      publishedDaysAgo: 250,
      sortOrder: 3,
      tags: ['GBF-TARGET-13', 'be'],
      fields: { personName: 'Noor El Amrani', givenName: 'Noor', familyName: 'El Amrani', email: 'abs-desk@example.org', phone: '+32 2 000 00 03' },
      translations: tr(
        {
          title: 'Noor El Amrani',
          summary: 'Contact for access and benefit-sharing (Nagoya Protocol).',
          body: `<p>Noor answers questions from researchers, collections and companies on the Nagoya Protocol and the EU ABS Regulation: which obligations apply, how to submit a due diligence declaration and where to find the rules of provider countries.</p>
<p>For questions about a specific country, please mention the species and the intended use.</p>`,
          fields: { function: 'Access and benefit-sharing adviser', organizationName: 'FPS Health, Food Chain Safety and Environment' },
        },
        {
          title: 'Noor El Amrani',
          summary: 'Contact pour l’accès et le partage des avantages (Protocole de Nagoya).',
          body: `<p>Noor répond aux questions des chercheurs, des collections et des entreprises sur le Protocole de Nagoya et le règlement européen APA : obligations applicables, dépôt d’une déclaration de diligence, règles en vigueur dans les pays fournisseurs.</p>
<p>Pour une question concernant un pays précis, merci de mentionner l’espèce et l’utilisation envisagée.</p>`,
          fields: {
            function: 'Conseillère en accès et partage des avantages',
            organizationName: 'SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement',
          },
        },
        {
          title: 'Noor El Amrani',
          summary: 'Contactpersoon voor toegang en verdeling van voordelen (Nagoyaprotocol).',
          body: `<p>Noor beantwoordt vragen van onderzoekers, collecties en bedrijven over het Nagoyaprotocol en de Europese ABS-verordening: welke verplichtingen gelden, hoe je een zorgvuldigheidsverklaring indient en waar je de regels van de leverende landen vindt.</p>
<p>Vermeld bij vragen over een bepaald land de soort en het beoogde gebruik.</p>`,
          fields: {
            function: 'Adviseur toegang en verdeling van voordelen',
            organizationName: 'FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu',
          },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Learning resources
// ---------------------------------------------------------------------------------------------

function learningResources(h: SeedHelpers): SeedItem[] {
  return [
    {
      key: 'learning-amphibians-guide',
      type: 'learning-resource',
      publishedDaysAgo: 100,
      tags: ['GBF-TARGET-21', 'be'],
      fields: {
        resourceType: 'guide',
        publicationDate: h.date(-104),
        authors: ['Natagora', 'Natuurpunt'],
        audience: ['general-public', 'students'],
        resourceUrl: 'https://learning.example.org/be/amphibians-guide',
        durationMinutes: 45,
      },
      translations: tr(
        {
          title: 'Identifying Belgium’s amphibians: a beginner’s guide',
          summary: 'An illustrated guide to the frogs, toads and newts of Belgium, with tips on when and where to look for them.',
          body: `<p>Belgium is home to some fifteen native species of amphibians, from the common toad and the common frog to the rare natterjack toad and the great crested newt. This guide helps beginners recognise them by their appearance, their calls and their spawn.</p>
<ul><li>Identification sheets with photos of adults, eggs and larvae</li><li>Sound recordings of the calls of frogs and toads</li><li>Advice on handling animals responsibly and avoiding the spread of disease</li></ul>
<p>Sightings can then be shared on <a href="https://observations.be">observations.be</a>.</p>`,
        },
        {
          title: 'Reconnaître les amphibiens de Belgique : guide pour débutants',
          summary: 'Un guide illustré des grenouilles, crapauds et tritons de Belgique, avec des conseils pour savoir quand et où les observer.',
          body: `<p>La Belgique compte une quinzaine d’espèces indigènes d’amphibiens, du crapaud commun et de la grenouille rousse au rare crapaud calamite et au triton crêté. Ce guide aide les débutants à les reconnaître à leur aspect, à leur chant et à leurs pontes.</p>
<ul><li>Des fiches d’identification avec photos des adultes, des œufs et des larves</li><li>Des enregistrements des chants des grenouilles et des crapauds</li><li>Des conseils pour manipuler les animaux de manière responsable et éviter de propager des maladies</li></ul>
<p>Vos observations peuvent ensuite être partagées sur <a href="https://observations.be">observations.be</a>.</p>`,
        },
        {
          title: 'De amfibieën van België herkennen: een gids voor beginners',
          summary: 'Een geïllustreerde gids over de kikkers, padden en salamanders van België, met tips over waar en wanneer je ze kunt zien.',
          body: `<p>In België leven een vijftiental inheemse soorten amfibieën, van de gewone pad en de bruine kikker tot de zeldzame rugstreeppad en de kamsalamander. Deze gids helpt beginners ze te herkennen aan hun uiterlijk, hun roep en hun eitjes.</p>
<ul><li>Determinatiefiches met foto’s van volwassen dieren, eitjes en larven</li><li>Geluidsopnames van de roep van kikkers en padden</li><li>Tips om dieren verantwoord te hanteren en de verspreiding van ziekten te voorkomen</li></ul>
<p>Je waarnemingen kun je daarna delen op <a href="https://waarnemingen.be">waarnemingen.be</a>.</p>`,
        },
      ),
    },
    {
      key: 'learning-pollinators-lesson-plan',
      type: 'learning-resource',
      publishedDaysAgo: 80,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-11', 'be'],
      fields: {
        resourceType: 'lesson-plan',
        publicationDate: h.date(-85),
        authors: ['Royal Belgian Institute of Natural Sciences', 'Meise Botanic Garden'],
        audience: ['teachers', 'children'],
        resourceUrl: 'https://learning.example.org/be/pollinators-lesson-plan',
        durationMinutes: 100,
      },
      translations: tr(
        {
          title: 'Pollinators in the schoolyard: a lesson plan for primary schools',
          summary: 'Two lessons for pupils aged 8 to 12 on wild bees, hoverflies and butterflies, with an outdoor observation activity.',
          body: `<p>Belgium has around 400 species of wild bees, and more than half of them are threatened or declining. This lesson plan helps teachers introduce pupils to the world of pollinators and why they matter for our food and for nature.</p>
<ul><li>Lesson 1: who are the pollinators? (in the classroom)</li><li>Lesson 2: a pollinator count in the schoolyard or a nearby park</li><li>Follow-up: sowing a patch of native wildflowers</li></ul>
<p>The material is free to download and adapt.</p>`,
        },
        {
          title: 'Les pollinisateurs dans la cour de récré : fiche pédagogique pour l’école primaire',
          summary: 'Deux leçons pour les élèves de 8 à 12 ans sur les abeilles sauvages, les syrphes et les papillons, avec une activité d’observation en plein air.',
          body: `<p>La Belgique compte environ 400 espèces d’abeilles sauvages, dont plus de la moitié sont menacées ou en déclin. Cette fiche aide les enseignants à faire découvrir aux élèves le monde des pollinisateurs et leur importance pour notre alimentation et pour la nature.</p>
<ul><li>Leçon 1 : qui sont les pollinisateurs ? (en classe)</li><li>Leçon 2 : un comptage des pollinisateurs dans la cour ou dans un parc voisin</li><li>Pour aller plus loin : semer un coin de fleurs sauvages indigènes</li></ul>
<p>Le matériel peut être téléchargé et adapté librement.</p>`,
        },
        {
          title: 'Bestuivers op de speelplaats: lesmap voor de lagere school',
          summary: 'Twee lessen voor leerlingen van 8 tot 12 jaar over wilde bijen, zweefvliegen en vlinders, met een observatieopdracht buiten.',
          body: `<p>België telt ongeveer 400 soorten wilde bijen, en meer dan de helft daarvan is bedreigd of gaat achteruit. Met deze lesmap laten leerkrachten leerlingen kennismaken met de wereld van de bestuivers en hun belang voor onze voeding en de natuur.</p>
<ul><li>Les 1: wie zijn de bestuivers? (in de klas)</li><li>Les 2: een bestuiverstelling op de speelplaats of in een park in de buurt</li><li>Om verder te gaan: een hoekje inheemse wilde bloemen inzaaien</li></ul>
<p>Het materiaal kan gratis worden gedownload en aangepast.</p>`,
        },
      ),
    },
    {
      key: 'learning-cbd-elearning',
      type: 'learning-resource',
      publishedDaysAgo: 230,
      tags: ['GBF-TARGET-20', 'GBF-GOAL-D'],
      fields: {
        resourceType: 'course',
        publicationDate: h.date(-240),
        authors: ['UN Environment Programme (InforMEA)'],
        audience: ['policy-makers', 'practitioners', 'students'],
        resourceUrl: 'https://elearning.informea.org',
        durationMinutes: 180,
      },
      translations: tr(
        {
          title: 'E-learning: introduction to the Convention on Biological Diversity',
          summary: 'A free online course on the history, objectives and institutions of the CBD and the Kunming-Montreal Global Biodiversity Framework.',
          body: `<p>The InforMEA e-learning platform, run by UN Environment Programme with the secretariats of multilateral environmental agreements, offers free self-paced courses. The CBD course explains the three objectives of the Convention, how the Conference of the Parties works and how countries implement their commitments.</p>
<p>It is a useful starting point for new staff in administrations, for NGO representatives preparing for meetings and for students. Courses are available in several UN languages, including English and French.</p>`,
        },
        {
          title: 'Formation en ligne : introduction à la Convention sur la diversité biologique',
          summary: 'Un cours en ligne gratuit sur l’histoire, les objectifs et les institutions de la CDB et du Cadre mondial de la biodiversité de Kunming-Montréal.',
          body: `<p>La plateforme d’apprentissage en ligne InforMEA, gérée par le Programme des Nations unies pour l’environnement avec les secrétariats des accords multilatéraux sur l’environnement, propose des cours gratuits à suivre à son rythme. Le cours sur la CDB présente les trois objectifs de la Convention, le fonctionnement de la Conférence des Parties et la manière dont les pays mettent en œuvre leurs engagements.</p>
<p>C’est un bon point de départ pour les nouveaux agents des administrations, les représentants d’ONG qui préparent une réunion et les étudiants. Les cours sont disponibles dans plusieurs langues de l’ONU, dont le français et l’anglais.</p>`,
        },
        {
          title: 'E-learning: inleiding tot het Verdrag inzake biologische diversiteit',
          summary: 'Een gratis onlinecursus over de geschiedenis, de doelstellingen en de instellingen van het Biodiversiteitsverdrag en het Mondiaal Biodiversiteitskader van Kunming-Montreal.',
          body: `<p>Het e-learningplatform InforMEA, beheerd door het Milieuprogramma van de Verenigde Naties samen met de secretariaten van multilaterale milieuverdragen, biedt gratis cursussen aan die je in je eigen tempo volgt. De cursus over het Biodiversiteitsverdrag legt de drie doelstellingen van het Verdrag uit, hoe de Conferentie van de Partijen werkt en hoe landen hun engagementen uitvoeren.</p>
<p>Een goed vertrekpunt voor nieuwe medewerkers van administraties, vertegenwoordigers van ngo’s die een vergadering voorbereiden en studenten. De cursussen zijn beschikbaar in verschillende VN-talen, waaronder Engels en Frans, maar niet in het Nederlands.</p>`,
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Media items
// ---------------------------------------------------------------------------------------------

function mediaItems(): SeedItem[] {
  return [
    {
      key: 'media-hautes-fagnes-boardwalk',
      type: 'media-item',
      publishedDaysAgo: 55,
      tags: ['GBF-TARGET-03', 'be'],
      fields: { mediaKind: 'image', mediaUrl: 'https://images.example.org/be/hautes-fagnes-boardwalk.jpg', licence: 'CC-BY-4.0' },
      translations: tr(
        {
          title: 'Boardwalk across the Hautes Fagnes at dawn',
          summary: 'Morning mist over the raised bogs of the Hautes Fagnes, seen from the boardwalk near Botrange.',
          body: `<p>Wooden boardwalks let visitors cross the wettest parts of the Hautes Fagnes without damaging the fragile peat. In autumn, the purple moor-grass turns the plateau golden.</p>`,
          fields: {
            altText: 'A wooden boardwalk crossing a golden moorland plateau under morning mist, with a few birch trees in the distance',
            credits: 'Photo: Belgian CHM image library',
          },
        },
        {
          title: 'Caillebotis dans les Hautes Fagnes à l’aube',
          summary: 'Brume matinale sur les tourbières des Hautes Fagnes, vue depuis les caillebotis près de Botrange.',
          body: `<p>Les caillebotis en bois permettent aux visiteurs de traverser les zones les plus humides des Hautes Fagnes sans abîmer la tourbe fragile. En automne, la molinie bleue dore tout le plateau.</p>`,
          fields: {
            altText: 'Un caillebotis en bois traverse un plateau de lande dorée sous la brume matinale, avec quelques bouleaux au loin',
            credits: 'Photo : photothèque du CHM belge',
          },
        },
        {
          title: 'Vlonderpad door de Hoge Venen bij dageraad',
          summary: 'Ochtendnevel boven de hoogvenen van de Hoge Venen, gezien vanaf het vlonderpad bij Botrange.',
          body: `<p>Houten vlonderpaden laten bezoekers de natste delen van de Hoge Venen doorkruisen zonder het kwetsbare veen te beschadigen. In de herfst kleurt het pijpenstrootje de hoogvlakte goudgeel.</p>`,
          fields: {
            altText: 'Een houten vlonderpad door een goudgele heidevlakte in de ochtendnevel, met enkele berken in de verte',
            credits: 'Foto: beeldbank van het Belgische CHM',
          },
        },
      ),
    },
    {
      key: 'media-natterjack-toad',
      type: 'media-item',
      publishedDaysAgo: 145,
      tags: ['GBF-TARGET-04', 'be'],
      fields: { mediaKind: 'image', mediaUrl: 'https://images.example.org/be/natterjack-toad.jpg', licence: 'CC-BY-SA-4.0' },
      translations: tr(
        {
          title: 'Natterjack toad in a dune pool',
          summary: 'A male natterjack toad calling from a shallow pool in the coastal dunes.',
          body: `<p>Males gather in shallow, sun-warmed pools on spring evenings. Their vocal sac swells to a large bubble under the throat when they call.</p>`,
          fields: {
            altText: 'A small olive-green toad with a thin yellow stripe down its back, sitting in shallow water with its throat inflated',
            credits: 'Photo: Belgian CHM image library',
          },
        },
        {
          title: 'Crapaud calamite dans une mare dunaire',
          summary: 'Un mâle de crapaud calamite chantant dans une mare peu profonde des dunes littorales.',
          body: `<p>Les soirs de printemps, les mâles se rassemblent dans des mares peu profondes réchauffées par le soleil. Lorsqu’ils chantent, leur sac vocal forme une grosse bulle sous la gorge.</p>`,
          fields: {
            altText: 'Un petit crapaud vert olive, avec une fine ligne jaune sur le dos, assis dans l’eau peu profonde, la gorge gonflée',
            credits: 'Photo : photothèque du CHM belge',
          },
        },
        {
          title: 'Rugstreeppad in een duinpoel',
          summary: 'Een roepend mannetje van de rugstreeppad in een ondiepe poel in de kustduinen.',
          body: `<p>Op lenteavonden verzamelen de mannetjes zich in ondiepe, door de zon opgewarmde poelen. Wanneer ze roepen, zwelt hun kwaakblaas op tot een grote bel onder de keel.</p>`,
          fields: {
            altText: 'Een kleine olijfgroene pad met een dunne gele streep over de rug, zittend in ondiep water met opgeblazen keel',
            credits: 'Foto: beeldbank van het Belgische CHM',
          },
        },
      ),
    },
    {
      key: 'media-video-harbour-porpoise',
      type: 'media-item',
      publishedDaysAgo: 200,
      tags: ['GBF-TARGET-21', 'SUSTAINABLE-DEVELOPMENT-GOAL-14', 'be'],
      fields: { mediaKind: 'video', mediaUrl: 'https://videos.example.org/be/harbour-porpoise-north-sea.mp4', licence: 'CC-BY-4.0' },
      translations: tr(
        {
          title: 'Video: harbour porpoises in the Belgian North Sea',
          summary: 'A four-minute film on how scientists count and study harbour porpoises off the Belgian coast.',
          body: `<p>This short film follows a team of marine scientists during an aerial survey over the Belgian part of the North Sea, and explains what stranded animals tell us about the threats porpoises face.</p>
<p>Subtitles are available in English, French and Dutch.</p>`,
          fields: {
            altText: 'Video: a harbour porpoise surfacing in grey-green water, followed by views from a survey aircraft over the sea',
            credits: 'Video: Belgian CHM, with footage courtesy of marine researchers',
          },
        },
        {
          title: 'Vidéo : les marsouins de la mer du Nord belge',
          summary: 'Un film de quatre minutes sur la façon dont les scientifiques recensent et étudient les marsouins au large de la côte belge.',
          body: `<p>Ce court métrage suit une équipe de scientifiques du milieu marin lors d’un survol de la partie belge de la mer du Nord, et explique ce que les animaux échoués nous apprennent sur les menaces qui pèsent sur les marsouins.</p>
<p>Sous-titres disponibles en français, en néerlandais et en anglais.</p>`,
          fields: {
            altText: 'Vidéo : un marsouin fait surface dans une eau gris-vert, puis vues de la mer depuis un avion de surveillance',
            credits: 'Vidéo : CHM belge, avec des images fournies par des chercheurs en milieu marin',
          },
        },
        {
          title: 'Video: bruinvissen in de Belgische Noordzee',
          summary: 'Een film van vier minuten over hoe wetenschappers bruinvissen voor de Belgische kust tellen en bestuderen.',
          body: `<p>Deze korte film volgt een team mariene wetenschappers tijdens een telvlucht boven het Belgische deel van de Noordzee, en toont wat aangespoelde dieren ons leren over de bedreigingen voor bruinvissen.</p>
<p>Ondertiteling beschikbaar in het Nederlands, Frans en Engels.</p>`,
          fields: {
            altText: 'Video: een bruinvis komt boven in grijsgroen water, gevolgd door beelden van de zee vanuit een telvliegtuig',
            credits: 'Video: Belgisch CHM, met beelden van mariene onderzoekers',
          },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Related websites
// ---------------------------------------------------------------------------------------------

function relatedWebsites(): SeedItem[] {
  return [
    {
      key: 'website-cbd',
      type: 'related-website',
      publishedDaysAgo: 395,
      tags: ['GBF-GOAL-D', 'GBF-TARGET-21'],
      fields: { url: 'https://www.cbd.int' },
      translations: tr(
        {
          title: 'Convention on Biological Diversity',
          summary: 'The official website of the CBD Secretariat in Montreal: decisions, meetings, national reports and the Global Biodiversity Framework.',
          body: `<p>The Secretariat’s website publishes the text of the Convention and its Protocols, all decisions of the Conference of the Parties, meeting documents and the national reports and targets of every Party, including Belgium.</p>
<p>It is also the entry point to the global Clearing-House Mechanism and to the Online Reporting Tool.</p>`,
        },
        {
          title: 'Convention sur la diversité biologique',
          summary: 'Le site officiel du Secrétariat de la CDB à Montréal : décisions, réunions, rapports nationaux et Cadre mondial de la biodiversité.',
          body: `<p>Le site du Secrétariat publie le texte de la Convention et de ses Protocoles, toutes les décisions de la Conférence des Parties, les documents de réunion ainsi que les rapports et objectifs nationaux de chaque Partie, dont la Belgique.</p>
<p>C’est aussi la porte d’entrée vers le Centre d’échange mondial et l’outil de rapportage en ligne.</p>`,
        },
        {
          title: 'Verdrag inzake biologische diversiteit',
          summary: 'De officiële website van het secretariaat van het Biodiversiteitsverdrag in Montreal: besluiten, vergaderingen, nationale rapporten en het Mondiaal Biodiversiteitskader.',
          body: `<p>Op de website van het secretariaat staan de tekst van het Verdrag en de protocollen, alle besluiten van de Conferentie van de Partijen, vergaderdocumenten en de nationale rapporten en doelstellingen van elke partij, ook van België.</p>
<p>Het is ook de toegangspoort tot het mondiale Clearing-House Mechanism en de Online Reporting Tool.</p>`,
        },
      ),
    },
    {
      key: 'website-biodiv-be',
      type: 'related-website',
      publishedDaysAgo: 395,
      tags: ['GBF-TARGET-21', 'be'],
      fields: { url: 'https://www.biodiv.be' },
      translations: tr(
        {
          title: 'biodiv.be – Belgian CBD portal',
          summary: 'The portal of the Belgian national focal point to the CBD, with Belgium’s strategies, national reports and archives.',
          body: `<p>biodiv.be is maintained by the Royal Belgian Institute of Natural Sciences on behalf of the Belgian national focal point to the Convention on Biological Diversity. It holds Belgium’s national biodiversity strategies, the national reports submitted to the CBD and background on Belgian biodiversity policy.</p>
<p>The site is a valuable archive for anyone who wants to trace how Belgian policy has evolved since Belgium ratified the Convention in 1996.</p>`,
        },
        {
          title: 'biodiv.be – portail belge de la CDB',
          summary: 'Le portail du point focal national belge de la CDB, avec les stratégies, les rapports nationaux et les archives de la Belgique.',
          body: `<p>biodiv.be est géré par l’Institut royal des Sciences naturelles de Belgique pour le compte du point focal national belge de la Convention sur la diversité biologique. On y trouve les stratégies nationales pour la biodiversité, les rapports nationaux remis à la CDB et des informations sur la politique belge en matière de biodiversité.</p>
<p>Le site constitue une archive précieuse pour retracer l’évolution de la politique belge depuis la ratification de la Convention par la Belgique en 1996.</p>`,
        },
        {
          title: 'biodiv.be – Belgisch portaal voor het Biodiversiteitsverdrag',
          summary: 'Het portaal van het Belgische nationale focal point voor het Biodiversiteitsverdrag, met de strategieën, nationale rapporten en archieven van België.',
          body: `<p>biodiv.be wordt beheerd door het Koninklijk Belgisch Instituut voor Natuurwetenschappen namens het Belgische nationale focal point voor het Verdrag inzake biologische diversiteit. Je vindt er de nationale biodiversiteitsstrategieën, de nationale rapporten aan het Verdrag en achtergrond over het Belgische biodiversiteitsbeleid.</p>
<p>De site is een waardevol archief om na te gaan hoe het Belgische beleid is geëvolueerd sinds België het Verdrag in 1996 ratificeerde.</p>`,
        },
      ),
    },
    {
      key: 'website-gbif',
      type: 'related-website',
      publishedDaysAgo: 390,
      tags: ['GBF-TARGET-21'],
      fields: { url: 'https://www.gbif.org' },
      translations: tr(
        {
          title: 'GBIF – Global Biodiversity Information Facility',
          summary: 'An international network and data infrastructure giving free and open access to data on where and when species have been recorded.',
          body: `<p>GBIF brings together more than two billion occurrence records from museums, herbaria, monitoring schemes and citizen science. Belgium is a GBIF participant, and Belgian institutions such as INBO, Meise Botanic Garden and the Royal Belgian Institute of Natural Sciences publish many datasets through it.</p>
<p>Search by species, country or dataset and download data with a citable DOI.</p>`,
        },
        {
          title: 'GBIF – Système mondial d’information sur la biodiversité',
          summary: 'Un réseau international et une infrastructure de données qui offrent un accès libre et gratuit aux données d’observation des espèces dans le temps et l’espace.',
          body: `<p>Le GBIF rassemble plus de deux milliards de données d’occurrence provenant de musées, d’herbiers, de programmes de suivi et des sciences citoyennes. La Belgique est membre du GBIF, et des institutions belges comme l’INBO, le Jardin botanique de Meise et l’Institut royal des Sciences naturelles de Belgique y publient de nombreux jeux de données.</p>
<p>Recherchez par espèce, par pays ou par jeu de données, et téléchargez des données accompagnées d’un DOI citable.</p>`,
        },
        {
          title: 'GBIF – Global Biodiversity Information Facility',
          summary: 'Een internationaal netwerk en data-infrastructuur die gratis en open toegang geeft tot gegevens over waar en wanneer soorten zijn waargenomen.',
          body: `<p>GBIF bundelt meer dan twee miljard verspreidingsgegevens uit musea, herbaria, monitoringprogramma’s en burgerwetenschap. België is deelnemer aan GBIF, en Belgische instellingen zoals het INBO, Plantentuin Meise en het Koninklijk Belgisch Instituut voor Natuurwetenschappen publiceren er heel wat datasets.</p>
<p>Zoek op soort, land of dataset en download gegevens met een citeerbare DOI.</p>`,
        },
      ),
    },
    {
      key: 'website-belgian-biodiversity-platform',
      type: 'related-website',
      publishedDaysAgo: 385,
      tags: ['GBF-TARGET-21', 'GBF-TARGET-20', 'be'],
      fields: { url: 'https://www.biodiversity.be' },
      translations: tr(
        {
          title: 'Belgian Biodiversity Platform',
          summary: 'The interface between Belgian biodiversity researchers and policy makers, funded by the Belgian Science Policy Office (BELSPO).',
          body: `<p>The Belgian Biodiversity Platform connects scientists, policy makers and practitioners. It supports Belgian participation in international science-policy bodies such as IPBES, runs the Belgian Forum on Invasive Species, and helps researchers share their data openly.</p>
<p>Its website lists calls for research funding, events and a directory of Belgian biodiversity experts.</p>`,
        },
        {
          title: 'Plateforme belge de la biodiversité',
          summary: 'L’interface entre chercheurs et décideurs belges en matière de biodiversité, financée par la Politique scientifique fédérale (BELSPO).',
          body: `<p>La Plateforme belge de la biodiversité met en relation scientifiques, décideurs et praticiens. Elle soutient la participation belge aux organes internationaux d’interface science-politique comme l’IPBES, anime le Forum belge sur les espèces invasives et aide les chercheurs à partager leurs données en accès ouvert.</p>
<p>Son site présente les appels à projets de recherche, les événements et un répertoire d’experts belges de la biodiversité.</p>`,
        },
        {
          title: 'Belgisch Biodiversiteitsplatform',
          summary: 'De brug tussen Belgische biodiversiteitsonderzoekers en beleidsmakers, gefinancierd door het Federaal Wetenschapsbeleid (BELSPO).',
          body: `<p>Het Belgisch Biodiversiteitsplatform brengt wetenschappers, beleidsmakers en praktijkmensen samen. Het ondersteunt de Belgische deelname aan internationale organen op het raakvlak van wetenschap en beleid, zoals IPBES, trekt het Belgisch Forum over Invasieve Soorten en helpt onderzoekers hun gegevens open te delen.</p>
<p>Op de website vind je oproepen voor onderzoeksfinanciering, evenementen en een gids van Belgische biodiversiteitsexperts.</p>`,
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Frequently asked questions
// ---------------------------------------------------------------------------------------------

function faqs(): SeedItem[] {
  return [
    {
      key: 'faq-what-is-chm',
      type: 'faq',
      publishedDaysAgo: 390,
      sortOrder: 1,
      tags: ['GBF-TARGET-21', 'be'],
      translations: tr(
        {
          title: 'What is the Clearing-House Mechanism?',
          body: `<p>The Clearing-House Mechanism (CHM) was set up under Article 18.3 of the Convention on Biological Diversity to promote technical and scientific cooperation and the exchange of information. It consists of a central CHM run by the CBD Secretariat and a network of national CHMs.</p>
<p>Belgium’s CHM, this website, publishes news, documents, national targets and information on Belgian nature in English, French and Dutch. It also supports partner countries in building their own national CHMs.</p>`,
          fields: { category: 'About the CHM' },
        },
        {
          title: 'Qu’est-ce que le Centre d’échange ?',
          body: `<p>Le Centre d’échange (CHM) a été créé en vertu de l’article 18.3 de la Convention sur la diversité biologique pour promouvoir la coopération technique et scientifique et l’échange d’informations. Il se compose d’un CHM central géré par le Secrétariat de la CDB et d’un réseau de CHM nationaux.</p>
<p>Le CHM belge, c’est-à-dire ce site, publie des actualités, des documents, les objectifs nationaux et des informations sur la nature belge en français, en néerlandais et en anglais. Il aide aussi des pays partenaires à développer leur propre CHM national.</p>`,
          fields: { category: 'À propos du CHM' },
        },
        {
          title: 'Wat is het Clearing-House Mechanism?',
          body: `<p>Het Clearing-House Mechanism (CHM) werd opgericht krachtens artikel 18.3 van het Verdrag inzake biologische diversiteit, om technische en wetenschappelijke samenwerking en informatie-uitwisseling te bevorderen. Het bestaat uit een centraal CHM, beheerd door het secretariaat van het Verdrag, en een netwerk van nationale CHM’s.</p>
<p>Het Belgische CHM, deze website, publiceert nieuws, documenten, nationale doelstellingen en informatie over de Belgische natuur in het Nederlands, Frans en Engels. Het helpt ook partnerlanden hun eigen nationale CHM uit te bouwen.</p>`,
          fields: { category: 'Over het CHM' },
        },
      ),
    },
    {
      key: 'faq-who-is-responsible',
      type: 'faq',
      publishedDaysAgo: 390,
      sortOrder: 2,
      tags: ['GBF-TARGET-14', 'be'],
      translations: tr(
        {
          title: 'Who is responsible for biodiversity policy in Belgium?',
          body: `<p>In Belgium’s federal system, responsibility for biodiversity is shared. The <strong>regions</strong> (Flanders, Wallonia and Brussels-Capital) are responsible for nature conservation, forests, hunting and most land-use matters. The <strong>federal government</strong> is responsible for the Belgian part of the North Sea, trade in endangered species, product standards and development cooperation.</p>
<p>Belgian positions in the CBD are coordinated in the Coordination Committee for International Environmental Policy, where all governments meet. The Royal Belgian Institute of Natural Sciences hosts the national focal point.</p>`,
          fields: { category: 'Policy' },
        },
        {
          title: 'Qui est responsable de la politique de biodiversité en Belgique ?',
          body: `<p>Dans le système fédéral belge, la compétence en matière de biodiversité est partagée. Les <strong>Régions</strong> (Flandre, Wallonie et Bruxelles-Capitale) sont chargées de la conservation de la nature, des forêts, de la chasse et de la plupart des questions d’aménagement du territoire. L’<strong>État fédéral</strong> est compétent pour la partie belge de la mer du Nord, le commerce des espèces menacées, les normes de produits et la coopération au développement.</p>
<p>Les positions belges à la CDB sont coordonnées au sein du Comité de coordination de la politique internationale de l’environnement, où siègent tous les gouvernements. L’Institut royal des Sciences naturelles de Belgique héberge le point focal national.</p>`,
          fields: { category: 'Politique' },
        },
        {
          title: 'Wie is in België bevoegd voor het biodiversiteitsbeleid?',
          body: `<p>In het federale België is de bevoegdheid voor biodiversiteit verdeeld. De <strong>gewesten</strong> (Vlaanderen, Wallonië en Brussel-Hoofdstad) zijn bevoegd voor natuurbehoud, bossen, jacht en de meeste aspecten van ruimtelijke ordening. De <strong>federale overheid</strong> is bevoegd voor het Belgische deel van de Noordzee, de handel in bedreigde soorten, productnormen en ontwikkelingssamenwerking.</p>
<p>De Belgische standpunten in het Biodiversiteitsverdrag worden afgestemd in het Coördinatiecomité Internationaal Milieubeleid, waarin alle regeringen vertegenwoordigd zijn. Het Koninklijk Belgisch Instituut voor Natuurwetenschappen herbergt het nationale focal point.</p>`,
          fields: { category: 'Beleid' },
        },
      ),
    },
    {
      key: 'faq-report-invasive-species',
      type: 'faq',
      publishedDaysAgo: 70,
      sortOrder: 3,
      tags: ['GBF-TARGET-06', 'be'],
      translations: tr(
        {
          title: 'How can I report a sighting of an invasive species?',
          body: `<p>The easiest way is to record your observation, ideally with a photo, on <a href="https://observations.be">observations.be</a> or <a href="https://waarnemingen.be">waarnemingen.be</a>, also available as mobile apps. Experts validate the records, and sightings of priority species are passed on to the authorities responsible for early warning and rapid response.</p>
<p>For Asian hornet nests, do not try to remove the nest yourself: report it and let a professional intervene.</p>`,
          fields: { category: 'Taking part' },
        },
        {
          title: 'Comment signaler l’observation d’une espèce envahissante ?',
          body: `<p>Le plus simple est d’encoder votre observation, si possible avec une photo, sur <a href="https://observations.be">observations.be</a> ou <a href="https://waarnemingen.be">waarnemingen.be</a>, également disponibles sous forme d’applications mobiles. Des experts valident les données, et les observations d’espèces prioritaires sont transmises aux autorités chargées de l’alerte précoce et de la réaction rapide.</p>
<p>S’il s’agit d’un nid de frelon asiatique, n’essayez pas de le détruire vous-même : signalez-le et laissez intervenir un professionnel.</p>`,
          fields: { category: 'Participer' },
        },
        {
          title: 'Hoe meld ik een waarneming van een invasieve soort?',
          body: `<p>Het eenvoudigst is om je waarneming, liefst met een foto, in te voeren op <a href="https://waarnemingen.be">waarnemingen.be</a> of <a href="https://observations.be">observations.be</a>, ook beschikbaar als app. Experts valideren de gegevens, en waarnemingen van prioritaire soorten worden doorgegeven aan de overheden die instaan voor vroegtijdige waarschuwing en snelle respons.</p>
<p>Gaat het om een nest van de Aziatische hoornaar, probeer het dan niet zelf te verwijderen: meld het en laat een professional tussenkomen.</p>`,
          fields: { category: 'Meedoen' },
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

function pages(): SeedItem[] {
  return [
    {
      key: 'page-about',
      type: 'page',
      publishedDaysAgo: 400,
      sortOrder: 1,
      tags: ['GBF-TARGET-21', 'be'],
      translations: tr(
        {
          title: 'About the Belgian CHM',
          summary: 'What the Belgian Clearing-House Mechanism is, who runs it and how you can contribute.',
          body: `<p>The Belgian Clearing-House Mechanism (CHM) is Belgium’s national node in the network of clearing-houses of the Convention on Biological Diversity. Its purpose is to make information on Belgian biodiversity, and on what Belgium does to protect it, easy to find and to share.</p>
<h2>Who we are</h2>
<p>The CHM is hosted by the Royal Belgian Institute of Natural Sciences, which also houses the Belgian national focal point to the CBD. Content is contributed by the federal administration, the three regions, scientific institutes and nature organisations.</p>
<h2>What you will find here</h2>
<ul><li>News and events on biodiversity in Belgium</li><li>Belgium’s national targets, strategies and reports</li><li>Protected areas, ecosystems and species, on a map</li><li>Learning resources and contacts</li></ul>
<p>Would you like to contribute? Contact the CHM team through the <strong>Contacts</strong> page. The global CHM network is described on <a href="https://www.cbd.int/chm">cbd.int/chm</a>.</p>`,
        },
        {
          title: 'À propos du CHM belge',
          summary: 'Ce qu’est le Centre d’échange belge, qui le gère et comment y contribuer.',
          body: `<p>Le Centre d’échange (CHM) belge est le nœud national de la Belgique dans le réseau des centres d’échange de la Convention sur la diversité biologique. Il a pour but de rendre facilement accessibles et partageables les informations sur la biodiversité belge et sur les actions menées par la Belgique pour la protéger.</p>
<h2>Qui sommes-nous ?</h2>
<p>Le CHM est hébergé par l’Institut royal des Sciences naturelles de Belgique, qui abrite également le point focal national belge de la CDB. Les contenus sont fournis par l’administration fédérale, les trois Régions, les établissements scientifiques et les associations de protection de la nature.</p>
<h2>Ce que vous trouverez ici</h2>
<ul><li>Des actualités et des événements sur la biodiversité en Belgique</li><li>Les objectifs, stratégies et rapports nationaux de la Belgique</li><li>Les aires protégées, écosystèmes et espèces, sur une carte</li><li>Des ressources pédagogiques et des contacts</li></ul>
<p>Vous souhaitez contribuer ? Contactez l’équipe du CHM via la page <strong>Contacts</strong>. Le réseau mondial des CHM est présenté sur <a href="https://www.cbd.int/chm">cbd.int/chm</a>.</p>`,
        },
        {
          title: 'Over het Belgische CHM',
          summary: 'Wat het Belgische Clearing-House Mechanism is, wie het beheert en hoe je kunt bijdragen.',
          body: `<p>Het Belgische Clearing-House Mechanism (CHM) is het nationale knooppunt van België in het netwerk van clearing-houses van het Verdrag inzake biologische diversiteit. Het wil informatie over de Belgische biodiversiteit, en over wat België doet om die te beschermen, makkelijk vindbaar en deelbaar maken.</p>
<h2>Wie zijn we?</h2>
<p>Het CHM wordt gehost door het Koninklijk Belgisch Instituut voor Natuurwetenschappen, waar ook het Belgische nationale focal point voor het Biodiversiteitsverdrag zit. De inhoud komt van de federale administratie, de drie gewesten, wetenschappelijke instellingen en natuurverenigingen.</p>
<h2>Wat vind je hier?</h2>
<ul><li>Nieuws en evenementen over biodiversiteit in België</li><li>De nationale doelstellingen, strategieën en rapporten van België</li><li>Beschermde gebieden, ecosystemen en soorten, op een kaart</li><li>Leermiddelen en contactpersonen</li></ul>
<p>Wil je bijdragen? Neem contact op met het CHM-team via de pagina <strong>Contactpersonen</strong>. Het mondiale CHM-netwerk wordt toegelicht op <a href="https://www.cbd.int/chm">cbd.int/chm</a>.</p>`,
        },
      ),
    },
    {
      key: 'page-biodiversity-in-belgium',
      type: 'page',
      publishedDaysAgo: 400,
      sortOrder: 2,
      tags: ['GBF-GOAL-A', 'be'],
      translations: tr(
        {
          title: 'Biodiversity in Belgium',
          summary: 'A small, densely populated country with a surprising variety of landscapes, from North Sea sandbanks to Ardennes peat bogs.',
          body: `<p>Belgium covers just over 30,000 km² and is one of the most densely populated countries in Europe. Yet within a few hours’ travel it offers a remarkable range of landscapes: the sandbanks of the North Sea, coastal dunes and the Zwin salt marshes, the polders, the heathland of the Kempen, the loess farmland of Haspengouw and Hesbaye, the limestone valleys of the Meuse and the forests and raised bogs of the Ardennes.</p>
<p>The country lies across two biogeographical regions, Atlantic and Continental, and tens of thousands of species of animals, plants and fungi have been recorded here.</p>
<h2>Pressures</h2>
<ul><li>Urban sprawl and fragmentation of habitats by roads and infrastructure</li><li>Nitrogen deposition and intensive agriculture</li><li>Invasive alien species arriving through trade and transport</li><li>Climate change, drought and the decline of pollinators</li></ul>
<h2>Responses</h2>
<p>About 13% of Belgian land and more than a third of the Belgian North Sea belong to the Natura 2000 network. National parks have been created in Flanders and Wallonia, and large restoration projects are reviving peatlands, heaths and river valleys. Read more in the <a href="https://www.eea.europa.eu">European Environment Agency’s</a> country profiles.</p>`,
        },
        {
          title: 'La biodiversité en Belgique',
          summary: 'Un petit pays densément peuplé, à la diversité de paysages étonnante, des bancs de sable de la mer du Nord aux tourbières ardennaises.',
          body: `<p>La Belgique couvre à peine plus de 30 000 km² et compte parmi les pays les plus densément peuplés d’Europe. Elle offre pourtant, en quelques heures de route, une étonnante variété de paysages : les bancs de sable de la mer du Nord, les dunes littorales et les prés salés du Zwin, les polders, les landes de Campine, les terres limoneuses de Hesbaye, les vallées calcaires de la Meuse, les forêts et les tourbières de l’Ardenne.</p>
<p>Le pays s’étend sur deux régions biogéographiques, atlantique et continentale, et des dizaines de milliers d’espèces d’animaux, de plantes et de champignons y ont été recensées.</p>
<h2>Les pressions</h2>
<ul><li>L’étalement urbain et la fragmentation des habitats par les routes et les infrastructures</li><li>Les dépôts d’azote et l’agriculture intensive</li><li>Les espèces exotiques envahissantes arrivées par le commerce et les transports</li><li>Les changements climatiques, la sécheresse et le déclin des pollinisateurs</li></ul>
<h2>Les réponses</h2>
<p>Environ 13 % du territoire terrestre belge et plus d’un tiers de la mer du Nord belge font partie du réseau Natura 2000. Des parcs nationaux ont été créés en Flandre et en Wallonie, et de grands projets de restauration redonnent vie aux tourbières, aux landes et aux vallées. Pour en savoir plus, consultez les profils par pays de l’<a href="https://www.eea.europa.eu">Agence européenne pour l’environnement</a>.</p>`,
        },
        {
          title: 'Biodiversiteit in België',
          summary: 'Een klein, dichtbevolkt land met een verrassende verscheidenheid aan landschappen, van de zandbanken in de Noordzee tot de hoogvenen in de Ardennen.',
          body: `<p>België is amper iets meer dan 30.000 km² groot en behoort tot de dichtstbevolkte landen van Europa. Toch vind je er op een paar uur rijden een opmerkelijke waaier aan landschappen: de zandbanken van de Noordzee, de kustduinen en de schorren van het Zwin, de polders, de heide van de Kempen, de lössakkers van Haspengouw, de kalkvalleien van de Maas en de bossen en hoogvenen van de Ardennen.</p>
<p>Het land ligt in twee biogeografische regio’s, de Atlantische en de Continentale, en er zijn tienduizenden soorten dieren, planten en paddenstoelen waargenomen.</p>
<h2>Knelpunten</h2>
<ul><li>Verstedelijking en versnippering van leefgebieden door wegen en infrastructuur</li><li>Stikstofdepositie en intensieve landbouw</li><li>Invasieve uitheemse soorten die via handel en transport binnenkomen</li><li>Klimaatverandering, droogte en de achteruitgang van bestuivers</li></ul>
<h2>Antwoorden</h2>
<p>Ongeveer 13% van het Belgische grondgebied en meer dan een derde van de Belgische Noordzee behoren tot het Natura 2000-netwerk. In Vlaanderen en Wallonië werden nationale parken opgericht, en grote herstelprojecten blazen venen, heiden en riviervalleien nieuw leven in. Meer lees je in de landenprofielen van het <a href="https://www.eea.europa.eu">Europees Milieuagentschap</a>.</p>`,
        },
      ),
    },
    {
      key: 'page-nbsap',
      type: 'page',
      publishedDaysAgo: 400,
      sortOrder: 3,
      tags: ['GBF-GOAL-A', 'GBF-GOAL-D', 'be'],
      translations: tr(
        {
          title: 'National Biodiversity Strategy (NBSAP)',
          summary: 'How Belgium plans to halt and reverse biodiversity loss by 2030, and how federal and regional policies fit together.',
          body: `<p>Every Party to the Convention on Biological Diversity prepares a National Biodiversity Strategy and Action Plan (NBSAP). Belgium adopted its first national strategy in 2006 and updated it in 2013 as <em>Biodiversity 2020</em>, in line with the Aichi Biodiversity Targets.</p>
<h2>Towards 2030</h2>
<p>Following the adoption of the Kunming-Montreal Global Biodiversity Framework in December 2022, Belgium set national targets for 2030 and is updating its strategy accordingly. Because competences are shared, the national strategy builds on regional plans, such as Flemish and Walloon nature policy and the Brussels nature plan, as well as on federal action plans, for instance for the North Sea.</p>
<ul><li>Conserve and restore ecosystems and species</li><li>Make production and consumption sustainable and reduce pressures on nature</li><li>Share the benefits of biodiversity fairly and support international cooperation</li><li>Mobilise knowledge, finance and society as a whole</li></ul>
<p>Progress is reported to the CBD through national reports. The documents are available in the <strong>Documents</strong> section and on <a href="https://www.cbd.int/nbsap">cbd.int/nbsap</a>.</p>`,
        },
        {
          title: 'Stratégie nationale pour la biodiversité (SPANB)',
          summary: 'Comment la Belgique entend enrayer et inverser la perte de biodiversité d’ici 2030, et comment s’articulent politiques fédérales et régionales.',
          body: `<p>Chaque Partie à la Convention sur la diversité biologique élabore une stratégie et un plan d’action nationaux pour la biodiversité (SPANB). La Belgique a adopté sa première stratégie nationale en 2006 et l’a actualisée en 2013 sous le titre <em>Biodiversité 2020</em>, en cohérence avec les objectifs d’Aichi.</p>
<h2>Cap sur 2030</h2>
<p>À la suite de l’adoption du Cadre mondial de la biodiversité de Kunming-Montréal en décembre 2022, la Belgique s’est fixé des objectifs nationaux pour 2030 et actualise sa stratégie en conséquence. Les compétences étant partagées, la stratégie nationale s’appuie sur les plans régionaux, comme les politiques flamande et wallonne de la nature et le plan nature bruxellois, ainsi que sur des plans d’action fédéraux, par exemple pour la mer du Nord.</p>
<ul><li>Conserver et restaurer les écosystèmes et les espèces</li><li>Rendre la production et la consommation durables et réduire les pressions sur la nature</li><li>Partager équitablement les avantages de la biodiversité et soutenir la coopération internationale</li><li>Mobiliser les connaissances, les financements et l’ensemble de la société</li></ul>
<p>Les progrès sont communiqués à la CDB au moyen des rapports nationaux. Les documents sont disponibles dans la rubrique <strong>Documents</strong> et sur <a href="https://www.cbd.int/nbsap">cbd.int/nbsap</a>.</p>`,
        },
        {
          title: 'Nationale Biodiversiteitsstrategie (NBSAP)',
          summary: 'Hoe België het biodiversiteitsverlies tegen 2030 wil stoppen en omkeren, en hoe federaal en gewestelijk beleid op elkaar inspelen.',
          body: `<p>Elke partij bij het Verdrag inzake biologische diversiteit stelt een nationale biodiversiteitsstrategie en een actieplan op (NBSAP). België nam zijn eerste nationale strategie aan in 2006 en actualiseerde die in 2013 als <em>Biodiversiteit 2020</em>, in lijn met de Aichi-biodiversiteitsdoelen.</p>
<h2>Op weg naar 2030</h2>
<p>Na de goedkeuring van het Mondiaal Biodiversiteitskader van Kunming-Montreal in december 2022 legde België nationale doelstellingen voor 2030 vast en wordt de strategie daaraan aangepast. Omdat de bevoegdheden verdeeld zijn, bouwt de nationale strategie voort op gewestelijke plannen, zoals het Vlaamse en Waalse natuurbeleid en het Brusselse natuurplan, en op federale actieplannen, bijvoorbeeld voor de Noordzee.</p>
<ul><li>Ecosystemen en soorten beschermen en herstellen</li><li>Productie en consumptie verduurzamen en de druk op de natuur verminderen</li><li>De voordelen van biodiversiteit eerlijk verdelen en internationale samenwerking ondersteunen</li><li>Kennis, financiering en de hele samenleving mobiliseren</li></ul>
<p>De vooruitgang wordt via nationale rapporten aan het Verdrag gemeld. De documenten staan in de rubriek <strong>Documenten</strong> en op <a href="https://www.cbd.int/nbsap">cbd.int/nbsap</a>.</p>`,
        },
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The site
// ---------------------------------------------------------------------------------------------

export const be: SeedSite = {
  code: 'be',
  country: 'be',
  names: {
    en: 'Belgian Clearing-House Mechanism',
    fr: 'Centre d’échange belge',
    nl: 'Belgisch Clearing-House Mechanism',
  },
  defaultLanguage: 'en',
  languages: ['en', 'fr', 'nl'],
  contactEmail: 'chm@example.org',
  // #1f5f3a on white text: contrast ratio about 7.6:1 (WCAG AA and AAA for normal text).
  theme: { primaryColor: '#1f5f3a', accentColor: '#c8a400' },
  taglines: {
    en: 'Sharing knowledge on Belgian biodiversity under the Convention on Biological Diversity',
    fr: 'Partager les connaissances sur la biodiversité belge au titre de la Convention sur la diversité biologique',
    nl: 'Kennis delen over de Belgische biodiversiteit in het kader van het Verdrag inzake biologische diversiteit',
  },
  menus: demoMenus({ about: 'page-about', biodiversity: 'page-biodiversity-in-belgium', nbsap: 'page-nbsap' }),
  items: (h) => [
    ...pages(),
    ...news(),
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
  ],
};
