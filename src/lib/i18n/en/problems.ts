/**
 * English of the engine's validation problems: `problem.<code>` is the sentence of a Problem
 * (schemes/schema/problem.ts), `problem.what.<what>` the phrase its `what` names, and
 * `problem.noun.<noun>` a noun inside that phrase. A message with `_one`/`_other` forms takes
 * the form its numeric `count` asks for. The engine renders the CLI's sentences from
 * this table too (problemEnglish), so the page in English and the CLI say the same words.
 */
export const enProblems = {
  'problem.expected': 'expected {{what}}, saw {{seen}}',
  'problem.expectedElseExtremeTarget':
    'expected {{what}}, saw {{seen}} ' +
    '(or the rep gains by reporting as high or as low a target as it can)',
  'problem.required': 'expected a value (the field is required), saw nothing',
  'problem.unknownField': 'unknown field, expected one of: {{keys}}',
  'problem.json': 'not valid JSON ({{detail}})',
  'problem.jsonAt': 'not valid JSON: line {{line}}, column {{column}}: {{what}}',
  'problem.notScenario':
    'not a scenario file (JSON): it looks like a sales table or workbook; load it with ' +
    '“Import a file”',
  'problem.unreadable': '{{text}}',
  'problem.skuShare':
    'expected a share > 0: a SKU the rep never sells cannot meet a target above 0, saw 0',
  'problem.statedTotal_one':
    'the quota of its {{count, number}} period is {{sum}}, but the stated total is ' +
    "{{stated}}; the run uses that period's own target",
  'problem.statedTotal_other':
    "the quota's {{count, number}} periods add up to {{sum}}, but the stated total is " +
    "{{stated}}; the run uses the periods' own targets",
  'problem.gridFalls':
    'the bonus falls from {{from}} to {{to}} as actual/quota rises from {{low}} to {{high}}: ' +
    'selling more pays less',
  'problem.noRewardAboveTarget':
    'alpha is 0: doing more than the target earns nothing in that period, so a rep who has ' +
    'reached it gains by pushing further sales into the next period.',
  'problem.ratesOutOfOrder':
    'the rates must rise as 0 ≤ alpha < beta < gamma, but alpha is {{alpha}}, beta {{beta}} ' +
    'and gamma {{gamma}}: a rep then gains by reporting a target as high or as low as it can, ' +
    'not an honest one.',
  'problem.floorMovesTarget':
    'the floor makes a shortfall cheaper, so a rep with log-volatility {{sigma}} reports the ' +
    '{{quantile}} quantile of its sales instead of the {{fractile}} quantile.',
  'problem.floorMovesTargetMedian':
    'the floor makes a shortfall cheaper, so a rep with log-volatility {{sigma}} reports the ' +
    '{{quantile}} quantile of its sales instead of the {{fractile}} quantile (the median).',

  'problem.what.oneOf': '{{tags}} or {{last}}',
  'problem.what.number': 'a number',
  'problem.what.jsonEnd': 'the text ends before every { and [ is closed',
  'problem.what.jsonTrailingComma': 'a comma with nothing after it; remove it',
  'problem.what.jsonSingleQuote': 'text in single quotes; JSON takes double quotes',
  'problem.what.jsonUnquotedName': 'a name without double quotes',
  'problem.what.jsonChar': 'an unexpected “{{char}}”',
  'problem.what.finite': 'a finite number',
  'problem.what.nonNegative': 'a number ≥ 0',
  'problem.what.positive': 'a number > 0',
  'problem.what.aboveMinusOne': 'a number > −1',
  'problem.what.share': 'a number from 0 to 1',
  'problem.what.shareOpen': 'a number from 0 up to (not including) 1',
  'problem.what.integerAtLeast0': 'an integer ≥ 0',
  'problem.what.integerIn': 'an integer from {{min}} to {{max}}',
  'problem.what.trialsOnPage':
    'an integer from {{min}} to {{max}} to run on this page, whose 95% intervals need at ' +
    'least {{min}} trials (the command line runs from 1)',
  'problem.what.percentOnPage':
    'a number from {{min}} to {{max}} ({{low}} to {{high}}) to run on this page, as its ' +
    'field “{{noun}}” takes (the command line runs a wider range)',
  'problem.what.fieldOnPage':
    'a number from {{min}} to {{max}} to run on this page, as its field “{{noun}}” takes ' +
    '(the command line runs a wider range)',
  'problem.what.numberIn': 'a number from {{min}} to {{max}}',
  'problem.what.magnitude': 'a number no larger than {{max}} in size',
  'problem.what.nonEmpty': 'a non-empty string',
  'problem.what.string': 'a string',
  'problem.what.object': 'an object',
  'problem.what.list': 'a list',
  'problem.what.boolean': 'true or false',
  'problem.what.oneRep': 'at least one rep',
  'problem.what.onePeriod': 'at least one period',
  'problem.what.oneScheme': 'at least one scheme',
  'problem.what.schemes': 'a list of schemes',
  'problem.what.fines': 'a list of fines',
  'problem.what.repMean': 'a number ≥ 0 or a non-empty list of numbers ≥ 0',
  'problem.what.listOf': 'a list of {{noun}}',
  'problem.what.atLeastOneOf': 'at least one of {{noun}}',
  'problem.what.atLeastOne': 'at least one {{noun}}',
  'problem.what.oneOrList': 'a {{noun}} or a non-empty list of them',
  'problem.what.objectWith': 'an object with {{key}} {{tags}} or {{last}}',
  'problem.what.perPeriod': '1 value or {{count}} (one per simulated period)',
  'problem.what.gridRows_one': '{{count, number}} row (one per forecast ratio)',
  'problem.what.gridRows_other': '{{count, number}} rows (one per forecast ratio)',
  'problem.what.gridColumns_one': '{{count, number}} value (one per actual ratio)',
  'problem.what.gridColumns_other': '{{count, number}} values (one per actual ratio)',
  'problem.what.sharesSum': 'shares that add up to 1',
  'problem.what.unusedId': 'an id not used by {{other}}',
  'problem.what.schemeId': 'one of the scheme ids {{ids}}',
  'problem.what.periodsLike_one': '{{count, number}} period like data.reps[0]',
  'problem.what.periodsLike_other': '{{count, number}} periods like data.reps[0]',
  'problem.what.firstTier': '0 (the first tier starts at no sales)',
  'problem.what.ascending': 'a number > {{low}} (ascending)',
  'problem.what.aboveAlpha': 'a number > alpha ({{low}})',
  'problem.what.aboveBeta': 'a number > beta ({{low}})',

  'problem.noun.nonNegative': 'number ≥ 0',
  'problem.noun.nonNegatives': 'numbers ≥ 0',
  'problem.noun.numbers': 'numbers',
  'problem.noun.rows': 'rows',
  'problem.noun.skus': 'SKUs',
  'problem.noun.tiers': 'tiers',
  'problem.noun.contracts': 'contracts',
  // Compare's field labels (settings.*), which the page's own ranges name.
  'problem.noun.fieldRate': 'Commission rate t',
  'problem.noun.fieldRepOpening': 'Rep opens below belief',
  'problem.noun.fieldBossOpening': 'Boss opens above estimate',
  'problem.noun.fieldBossNoise': 'Boss’s estimation error',
  'problem.noun.fieldGrowth': 'Growth demanded',
} as const;
