/** Sharing, link previews, structured data, installing, legal notice and privacy (English). Same keys as fr/share.ts. */
export default {
  'share.title': 'Share this page',
  'share.linkedin': 'LinkedIn',
  'share.facebook': 'Facebook',
  'share.x': 'X',
  'share.whatsapp': 'WhatsApp',
  'share.email': 'Email',
  'share.note': 'Plain links: nothing is loaded from these networks unless you click.',
  'share.button': 'Share',
  'share.buttonHint': 'Shares the address of this tool with the values you entered.',
  'share.buttonHintPage': 'Shares the address of this tool, without your answers.',
  'share.buttonHintAddress': 'Shares the address of this tool only: your files and figures stay in your browser.',
  'share.copied': 'Link copied to the clipboard.',
  'share.copyManual': 'Copy this link:',
  'share.linkLabel': 'Link to this tool',
  'share.emailBody': '{title}: {url}',
  'card.chapter': 'Chapter {n}',
  'card.guide': 'The guide',
  'card.tool': 'Tool',
  'card.glossary': 'Glossary',
  'card.alt': 'Preview: {title}, {site}',
  'ld.level': 'Beginner',
  'ld.home': 'Home',
  'manifest.shortName': 'Social Media',
  'manifest.description': 'The free guide to social media marketing, its calculators and tools, even offline.',
  'footer.legal': 'Legal notice',
  'footer.privacy': 'Privacy',
  'legal.title': 'Legal notice',
  'legal.description': 'Who publishes this site, who hosts it, and under which licences its texts and code are shared.',
  'legal.publisher': 'Publisher',
  'legal.name': 'Name or company',
  'legal.address': 'Address',
  'legal.contact': 'Contact',
  'legal.director': 'Publication director',
  'legal.host': 'Host',
  'legal.unset': 'not set by the publisher of this copy of the site',
  'legal.unsetNote':
    'This site is free software: anyone may publish a copy. Whoever publishes a copy fills in these details when building it; any that are missing are marked above.',
  'legal.licences': 'Licences',
  'legal.licenceText':
    'The texts of the guide, the glossary and the tools are shared under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0).',
  'legal.licenceCode': 'The source code is shared under the MIT licence.',
  'legal.licenceFont':
    'The pages’ preview images use the Atkinson Hyperlegible typeface (© 2020 Braille Institute of America), under the SIL Open Font License 1.1.',
  'legal.sources': 'Figures quoted remain their authors’ property; every page gives its sources.',
  'legal.privacy': 'What the site stores on your device is explained on the {link} page.',
  'privacy.title': 'Privacy',
  'privacy.description': 'What this site stores on your device, what it never sends, and how to erase everything.',
  'privacy.summary':
    'This site uses no cookies, no trackers and no third-party services. It asks for no personal data and sends nothing: your numbers stay in your browser.',
  'privacy.stored': 'What is stored on your device',
  'privacy.storedIntro': 'Two things only, and only in your browser:',
  'privacy.storageHeading': 'Local storage (localStorage)',
  'privacy.storage':
    'The self-audit saves your answers as you go, so that you can come back later, and your latest results. The dashboard of your exports saves its figures only when you ask. No other tool saves anything. The keys used:',
  'privacy.key.audit': 'your answers in progress and the history of your results',
  'privacy.key.dashboard':
    'the dashboard of your exports, only when you press “Save”: the figures of your posts (not the files) and how their columns were matched',
  'privacy.key.dashboardSetAside':
    'an unreadable dashboard save, set aside so that you decide what to do with it; it may carry a number ({key}-2, {key}-3…)',
  'privacy.key.reload':
    'in the tab’s session storage only: the mark that stops a page whose code changed with a site update from reloading twice',
  'privacy.key.presenter':
    'in the tab’s session storage only (erased when the tab closes): whether the tools’ presenter mode is on',
  'privacy.key.setAside':
    'an unreadable save set aside (for instance from another version of the site) so that you decide what to do with it; it may carry a number ({key}-2, {key}-3…)',
  'privacy.cacheHeading': 'The offline cache (service worker)',
  'privacy.cache':
    'So that the guide and the tools work without a network, the browser keeps a copy of the pages and their files in a cache named {name} followed by the version’s date. It holds only the site’s own files, never what you type.',
  'privacy.notStored': 'What does not happen here',
  'privacy.noCookies': 'No cookies.',
  'privacy.noSend':
    'Nothing is sent: the calculators, the self-audit and the SMART checker run in your browser. The site makes no request to any other site.',
  'privacy.noTrackers':
    'No analytics, no advertising, no social button loaded from elsewhere: the share links are plain links.',
  'privacy.host':
    'Like any web server, the host of this copy of the site may keep a technical log of visits (IP address, page requested). See the {link} to find out who it is.',
  'privacy.erase': 'Erase everything',
  'privacy.eraseIntro': 'You can erase everything this site has stored at any time:',
  'privacy.eraseBrowser':
    'in your browser, clear this site’s data: in Chrome, Edge or Firefox, click the icon left of the address, then “Site settings” or “Clear cookies and site data”; on an iPhone, Settings, Safari, Advanced, Website Data. This removes the local storage and the offline cache;',
  'privacy.eraseApp': 'if you installed the site as an app, uninstall it too.',
} as const;
