/** What tells an objective written in English apart (src/lib/smart/detect.ts). */

/** Letters only English uses, which tell an English objective apart: none. */
export const objectiveLetters = '';

/** Frequent words of English objectives, which tell the language apart. */
export const objectiveStopwords =
  'the|of|to|and|a|an|our|on|by|for|with|in|from|within|per|more|get|over|next|this|is|be|reach|grow|increase|months|weeks|days|followers|rate|sales|between|under|at|improve|soon|boost|brand|post|often|beat|competitors|social|media|go|famous|one|day|gain|drive|double|triple|cut|reduce|raise|lift|collect|achieve|have|publish|daily|reviews|customers|new|named|average|website|bring|end|year|quarter|through|into|during|week|month|build|generate';
