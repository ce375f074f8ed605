import type fr from '../fr/embed';

/** UI strings of embeds and the embed panel (English). Same keys as fr/embed.ts. */
export default {
  'embed.description': 'An embeddable tool from the free guide to social media marketing.',
  'embed.openFull': 'Open the full page (new tab)',
  'embed.panel.title': 'Embed this tool',
  'embed.panel.intro':
    'Put this tool in your slides, your learning platform or your website: choose the language, theme and size, check the preview, then copy the code or the link.',
  'embed.panel.guide': 'Guide for trainers',
  'embed.panel.options': 'Embed settings',
  'embed.panel.lang': 'Language of the tool',
  'embed.panel.theme': 'Theme',
  'embed.theme.auto': 'The device’s own',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.panel.size': 'Size',
  'embed.size.normal': 'Normal',
  'embed.size.large': 'Presenter mode (large type)',
  'embed.presenter.toggle': 'Presenter mode',
  'embed.presenter.on': 'Presenter mode is on: large type, no header. To leave: this button or Alt+Shift+P.',
  'embed.presenter.phone': 'On your phone',
  'embed.presenter.qr': 'QR code of the address below',
  'embed.panel.layout': 'Layout',
  'embed.layout.page': 'Page (the whole tool with its explanations)',
  'embed.layout.slide': 'Slide (compact, 16:9: inputs and result side by side)',
  'embed.panel.reveal': 'Guess first: the result stays hidden behind “Show the answer”',
  'embed.panel.values': 'Prefill with the tool’s current values',
  'embed.panel.script': 'Add the script that fits the frame’s height to its content (embed.js)',
  'embed.panel.height': 'Frame height, in pixels',
  'embed.panel.preview': 'Preview',
  'embed.panel.previewTitle': 'Preview: {title}',
  'embed.panel.code': 'HTML code to paste',
  'embed.panel.link': 'Direct link, for tools that do not accept a frame',
  'embed.panel.copyCode': 'Copy the code',
  'embed.panel.copyLink': 'Copy the link',
  'embed.panel.copied': 'Copied to the clipboard.',
  'embed.panel.copyManual': 'Copying did not work: the text is selected, copy it with Ctrl+C (or Cmd+C).',
  'embed.panel.image': 'Picture of the result',
  'embed.panel.imageIntro':
    'For slides that accept neither a frame nor a web page: a picture of the tool as it is now (title, inputs, result).',
  'embed.panel.svg': 'Download the picture (SVG)',
  'embed.panel.png': 'Download the picture (PNG)',
  'embed.panel.downloaded': 'Picture saved: {file}.',
  'embed.panel.scorm': 'Learning platform without frames: SCORM package',
  'embed.panel.scormIntro':
    'For Moodle and the platforms that do not let trainers paste iframes: a SCORM 1.2 package with the chosen settings, to import as an activity. The platform records that the tool was used and, for the SMART checker and the self-audit, the score.',
  'embed.panel.scormDownload': 'Download for Moodle / LMS (SCORM 1.2)',
  'embed.panel.scormSaved': 'SCORM package saved: {file}.',
  'embed.panel.scormError': 'The SCORM package could not be made: please try again.',
  'embed.scorm.none': 'Opened outside a learning platform: your result is not recorded.',
  'embed.scorm.connected': 'Connected to the learning platform: your result will be recorded.',
  'embed.scorm.saved': 'Result recorded by the platform.',
  'embed.scorm.failed': 'The platform did not record the result.',
  'embed.picture.inputs': 'Inputs',
  'embed.picture.results': 'Result',
  'embed.picture.noResult': 'No result yet: enter some figures.',
  'embed.picture.colon': ': ',
  'embed.status.met': 'met',
  'embed.status.partial': 'partly met',
  'embed.status.missing': 'missing',
  'embed.status.unknown': 'unclear',
  'embed.trainers.title': 'Trainers: embed the tools in your courses',
  'embed.trainers.description':
    'How to put a KPI calculator, the SMART checker or the self-audit in reveal.js, PowerPoint, Google Slides, Canva, Moodle or another learning platform, with prefilled examples for a lesson on KPIs and printable worksheets with answer keys.',
  'embed.trainers.lead':
    'Every tool on this site has an embeddable version without menus or footer: put it in your slides or your learning platform, prefill an example and work it through live. Nothing is sent anywhere: each browser does its own computing.',
  'embed.trainers.ways.title': 'Three ways to show a tool',
  'embed.trainers.ways.frame':
    'A live frame (iframe): the tool works inside the slide or the course page. The liveliest option, where your presentation software accepts it.',
  'embed.trainers.ways.link':
    'A link: the tool opens in a tab with your figures already filled in. It works everywhere.',
  'embed.trainers.ways.picture':
    'A picture (SVG or PNG) of the tool as it stands: title, inputs, result. For media that take neither a frame nor a web page, or for a handout.',
  'embed.trainers.prepare.title': 'Prepare a tool in a minute',
  'embed.trainers.prepare.1': 'Open the tool from the tools page and type in the figures of your example.',
  'embed.trainers.prepare.2':
    'Scroll down to “Embed this tool”: choose the language, the theme (light, dark or the device’s own) and the size; presenter mode enlarges text and buttons for the back of the room.',
  'embed.trainers.prepare.3': 'Check the preview, then copy the HTML code or the direct link, or download the picture.',
  'embed.trainers.prepare.tools': 'See all the tools',
  'embed.trainers.address.title': 'The address of an embeddable tool',
  'embed.trainers.address.text':
    'An address is all it takes: /en/embed/ followed by the tool’s id, then the figures as parameters, with a dot as the decimal separator. Add theme=dark or theme=light to force a theme, and size=large for presenter mode. Add layout=slide for the compact layout of a 16:9 slide (inputs and result side by side, formula folded), and reveal=1 so that the result waits for a click on “Show the answer”: the room guesses first, and each new input hides the answer again.',
  'embed.trainers.reveal.title': 'reveal.js',
  'embed.trainers.reveal.text':
    'Put an iframe in a slide; the data-src attribute loads it only as the slide comes near. Add the embed.js script once, at the end of the page, so that the frame takes the tool’s height. The recipe uses layout=slide: the tool fits a 960 × 540 slide.',
  'embed.trainers.reveal.background':
    'For a full-screen tool, use an interactive slide background: data-background-iframe gives the address, data-background-interactive lets people click and type in it.',
  'embed.trainers.powerpoint.title': 'PowerPoint',
  'embed.trainers.powerpoint.text':
    'PowerPoint does not take HTML code, but a web-viewer add-in shows a live page in a slide, for example Web Viewer: Insert, Add-ins, then search for “Web Viewer” and paste the tool’s embeddable address.',
  'embed.trainers.powerpoint.https':
    'These add-ins accept https:// addresses only: use the published site’s address, not a local copy served over http://. Rehearse before the session, on the room’s computer if you can.',
  'embed.trainers.powerpoint.fallback':
    'Without an add-in (or where your organisation blocks them), insert the PNG picture of the result and put a link to the prefilled tool on it.',
  'embed.trainers.slides.title': 'Google Slides and Canva',
  'embed.trainers.slides.text':
    'Google Slides cannot show a live web page in a slide. Insert the PNG picture of the result (Insert, Image), then add a link to the prefilled tool on it (Insert, Link): during the presentation, a click opens the tool in a tab.',
  'embed.trainers.canva.text':
    'Canva embeds live content only from services it knows; do not count on a frame for just any page. Same method: the picture of the result, with a link on the element.',
  'embed.trainers.lms.title': 'Moodle and other learning platforms',
  'embed.trainers.lms.text':
    'In Moodle, add a page or a text and media area, switch the editor to source code (the <> or “Source code” button) and paste the iframe code. The frame has a fixed height: embed.js is not needed, and most platforms strip scripts anyway.',
  'embed.trainers.lms.filter':
    'If the frame vanishes when you save, the platform’s HTML filter removed it: ask your administrator to allow iframes for teachers (in Moodle, the “trusted content” capability, moodle/site:trustcontent). Failing that, Moodle’s URL activity opens the prefilled tool in a tab.',
  'embed.trainers.lms.others':
    'Other platforms (Chamilo, Canvas, Open edX, Blackboard…) usually accept the same code in their HTML editor, with the same limits.',
  'embed.trainers.choose.title': 'Frame, script or SCORM package: which to choose?',
  'embed.trainers.choose.frame':
    'The frame alone (the iframe code): wherever you can paste HTML code (your website, reveal.js, a Moodle page if you may put iframes in it). The simplest; the frame keeps the height you chose.',
  'embed.trainers.choose.script':
    'The frame with the embed.js script: on a page you control that accepts scripts. The frame takes the tool’s height, and your page can receive the results (see the end of this page).',
  'embed.trainers.choose.scorm':
    'The SCORM 1.2 package: on a platform that does not accept iframes from trainers but imports SCORM packages (Moodle without the moodle/site:trustcontent capability, like most platforms). It records that the learner used the tool and, for the SMART checker and the self-audit, their score.',
  'embed.trainers.scorm.title': 'The SCORM package, step by step',
  'embed.trainers.scorm.1':
    'On the tool’s page, prepare it (values, language, theme, size), then, under “Embed this tool”, click “Download for Moodle / LMS (SCORM 1.2)”.',
  'embed.trainers.scorm.2':
    'In Moodle, add a “SCORM package” activity and drop the .zip file in as it is, without unzipping it. In another platform, look for importing a SCORM package.',
  'embed.trainers.scorm.3':
    'The platform receives the raw score: 0 to 5 for the SMART checker, 0 to 100 for the self-audit. Moodle takes it as it is: for the SMART checker, set the activity’s maximum grade to 5. A KPI calculator gives no grade: it marks the activity as completed as soon as a result shows.',
  'embed.trainers.scorm.limits':
    'The package does not contain the tool: it shows it from this site, which must therefore stay reachable from the learners’ computers. The settings are fixed when you download: to change them, download a new package and replace the old one. The platform receives nothing but completion, the score and the time spent.',
  'embed.trainers.presenter.title': 'Presenting to a room',
  'embed.trainers.presenter.text':
    'Presenter mode (size=large) enlarges text and click targets and raises contrast for a projector; theme=light or theme=dark forces the theme whatever the computer’s setting. Everything works from the keyboard: Tab moves from field to field, and figures are recomputed as you type.',
  'embed.trainers.offline.title': 'Without a network',
  'embed.trainers.offline.text':
    'After one visit with a network, your browser keeps the guide, the tools and their embeddable versions: they then work with no connection. Before the session, open the site or the slides that hold the tools once, online, in the browser you will present with.',
  'embed.trainers.offline.note':
    'A tool embedded in someone else’s site (your online slides, your platform) is kept for that site: so open the page that embeds it, not just the guide.',
  'embed.trainers.lesson.title': 'A ready-made example: a lesson on KPIs',
  'embed.trainers.lesson.intro':
    'A neighbourhood bakery has been posting on Instagram for a year. Here is its month of March, in made-up but plausible figures, to work through one tool at a time. Every link opens the tool already filled in; this lesson’s worksheet and answer key are further down, with two more lessons.',
  'embed.trainers.lesson.step': 'Question',
  'embed.trainers.lesson.tool': 'Tool',
  'embed.trainers.lesson.links': 'Prefilled links',
  'embed.trainers.lesson.full': 'full page',
  'embed.trainers.lesson.embed': 'embeddable version',
  'embed.trainers.lesson.audience-growth': 'The account went from {start} to {end} followers: what growth is that?',
  'embed.trainers.lesson.reach-rate': 'The posts reached {reach} accounts: what share of the followers is that?',
  'embed.trainers.lesson.engagement-rate':
    '{engagements} engagements: why does the rate change depending on whether you divide by reach or by followers?',
  'embed.trainers.lesson.ctr': 'An ad shown {impressions} times got {clicks} clicks: what is its click-through rate?',
  'embed.trainers.lesson.cpc': 'It cost {cost}: how much did each click cost?',
  'embed.trainers.lesson.conversion-rate':
    'Of those {clicks} clicks, {conversions} became online orders: what is the conversion rate?',
  'embed.trainers.lesson.cpa': 'How much did each order cost?',
  'embed.trainers.lesson.roi':
    'The {conversions} orders left {revenue} of gross margin (sales minus cost of goods): did the ad pay off?',
  'embed.trainers.lesson.smart': 'Is next month’s objective SMART?',
  'embed.trainers.lesson.objective': 'Gain 150 Instagram followers by 30 April by posting two videos a week',
  'embed.trainers.lesson.snippet': 'The code of one frame of this example, ready to paste:',
  'embed.trainers.host.title': 'Going further: the embed.js script',
  'embed.trainers.host.text':
    'The embed.js script fits the height of the site’s frames to their content. It accepts only messages from the site and from its own frames, with a height from 100 to 5,000 pixels. It also announces each new result with an smm:result event on the frame, which your page can listen to:',
  'embed.trainers.snippetLabel': 'Code to copy',
} as const satisfies Record<keyof typeof fr, string>;
