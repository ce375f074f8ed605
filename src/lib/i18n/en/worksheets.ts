import type fr from '../fr/worksheets';

/** UI strings of the worksheets of the trainers' page (English): exactly the keys of fr/worksheets.ts. */
export default {
  'worksheets.title': 'Printable worksheets and answer keys',
  'worksheets.intro':
    'Each session has a sheet for learners and an answer key for you, on A4 (one or two pages). The sheets’ figures are those of the prefilled links, and every answer on the key is computed by the site’s own tools: they cannot disagree.',
  'worksheets.sheet': 'Learner sheet',
  'worksheets.key': 'Trainer’s answer key',
  'worksheets.duration': 'Duration: {minutes} minutes',
  'worksheets.minutes': '{minutes} min',
  'worksheets.plan.title': 'Lesson plan',
  'worksheets.plan.when': 'Time',
  'worksheets.plan.step': 'Step',
  'worksheets.plan.embed': 'On screen',
  'worksheets.plan.none': 'no tool',
  'worksheets.name': 'Name: ………………………………  Date: ……………………',
  'worksheets.answer': 'Your answer:',
  'worksheets.questions': 'Questions',
  'worksheets.pair': '{label}: {value}',
  'worksheets.quote': '“{text}”',
  'worksheets.answers': 'Answers',
  'worksheets.computed':
    'Every result below is computed when the site is published, by the same function as the tool, with the figures of the learner sheet.',
  'worksheets.open': 'prefilled tool',
  'worksheets.embed': 'embeddable version',
  'worksheets.back': 'Back to the trainers’ page',
  'worksheets.toKey': 'See the answer key',
  'worksheets.toSheet': 'See the learner sheet',
  'worksheets.print': 'To print it or save a PDF: Ctrl+P (Cmd+P on a Mac), A4 paper.',
  'worksheets.check': 'Check with the tool:',
  'worksheets.warning': 'The tool adds a caution: {text}',

  'worksheets.kpi.title': 'A bakery’s month of March on Instagram',
  'worksheets.kpi.context':
    'A neighbourhood bakery has been posting on Instagram for a year. Here is its month of March, in made-up but plausible figures: its followers, the reach of its posts (the number of accounts reached) and their engagements, then a paid ad. Work out each indicator, write down the formula you used, then check with the tool.',
  'worksheets.kpi.plan.context':
    'Introduce the bakery and tell the figures of free posting (reach, followers) from those of the ad (impressions, clicks).',
  'worksheets.kpi.plan.audience': 'Audience growth and reach rate: work them out by hand, then check.',
  'worksheets.kpi.plan.engagement':
    'Engagement rate: the same figure divided by reach, then by followers; discuss the gap.',
  'worksheets.kpi.plan.ad': 'The ad’s funnel: click-through rate, cost per click, conversion rate, cost per order.',
  'worksheets.kpi.plan.roi': 'Return on investment: did the ad bring in more than it cost?',
  'worksheets.kpi.plan.smart': 'Judge next month’s objective against the five SMART criteria.',
  'worksheets.kpi.note.engagement-rate':
    'Reach counts the accounts actually reached, followers the potential audience: the rate by reach is higher here, and each is compared with its own benchmarks.',
  'worksheets.kpi.note.roi': 'A positive ROI: the margin earned is more than the ad cost.',

  'worksheets.smart.title': 'Workshop: writing SMART objectives',
  'worksheets.smart.context':
    'The neighbourhood bakery is setting its objectives for the spring. A SMART objective is Specific, Measurable, Achievable, Relevant and Time-bound. For each objective, tick the state of each criterion, then rewrite it.',
  'worksheets.smart.objective.vague': 'Be more visible on Instagram',
  'worksheets.smart.objective.sales': 'Increase our sales through social media this year',
  'worksheets.smart.objective.model':
    'Raise the engagement rate by reach of our Instagram Reels from 2% to 3% by 30 June to bring more customers into the shop',
  'worksheets.smart.q.judge': 'Met, partial, missing or cannot tell? Then rewrite the objective.',
  'worksheets.smart.q.rewrite': 'Your turn: write a SMART objective for the bakery, then check it with the checker.',
  'worksheets.smart.objective': 'Objective {n}',
  'worksheets.smart.rewrite': 'Your version:',
  'worksheets.smart.improved': 'Rewrite suggested by the checker:',
  'worksheets.smart.model': 'An example that meets all five criteria:',
  'worksheets.smart.asOf':
    'The checker’s analysis as of {date}. Online, deadlines are counted from the day the objective is checked.',
  'worksheets.smart.plan.recall': 'Recall the five criteria with an example on the board.',
  'worksheets.smart.plan.judge': 'In pairs, judge the sheet’s three objectives without a tool.',
  'worksheets.smart.plan.check': 'Show the checker on each objective and compare with the answers.',
  'worksheets.smart.plan.rewrite':
    'Everyone rewrites an objective and checks it on their phone; show the example that meets all five criteria.',

  'worksheets.voice.title': 'Share of voice: the bakery and its competitors',
  'worksheets.voice.context':
    'In March, the bakery counted by hand the public mentions of each bakery in the neighbourhood on Instagram (tags, comments, customers’ posts) and noted their followers and the engagements visible on their posts of the month. An account’s reach and views are visible only to that account: its competitors’ remain unknown.',
  'worksheets.voice.ours': 'Our bakery',
  'worksheets.voice.col.name': 'Bakery',
  'worksheets.voice.col.mentions': 'Mentions',
  'worksheets.voice.col.followers': 'Followers',
  'worksheets.voice.col.engagements': 'Engagements',
  'worksheets.voice.col.share': 'Share of mentions',
  'worksheets.voice.q.share':
    'We have {brand} mentions, our two competitors {competitors} between them: what is our share of voice?',
  'worksheets.voice.q.ours': 'Our engagement rate by followers ({engagements} engagements, {followers} followers)?',
  'worksheets.voice.q.rival': 'That of {name} ({engagements} engagements, {followers} followers)?',
  'worksheets.voice.q.discuss':
    'Is the bakery people talk about most the one that engages its followers most? Which figure do you lack to compare the posts, and why?',
  'worksheets.voice.note.discuss':
    'No: the most mentioned one has the lowest engagement rate by followers. To compare competitors you only have public figures (mentions, followers, engagements), over the same period: their reach and views are not public, so no rate by reach.',
  'worksheets.voice.plan.context':
    'Explain share of voice and where the figures come from: counted by hand, over one month, with the same rules for all.',
  'worksheets.voice.plan.share': 'Work out the share of voice, then each bakery’s share.',
  'worksheets.voice.plan.engagement': 'Each one’s engagement rate by followers, the only one comparable from outside.',
  'worksheets.voice.plan.discuss':
    'Debate: awareness and engagement do not always go together; what public figures do not tell.',
} as const satisfies Record<keyof typeof fr, string>;
