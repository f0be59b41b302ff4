/**
 * The words the scenario files shipped with the app write (scenarios/*.json): each as the file
 * has it, so that the page can show it in the reader's language (shippedText.ts). A fine or
 * product line is keyed by its list and id in the file: its label follows the language only there.
 */
export const enShipped = {
  'shipped.pharma.name': 'The pharmaceutical letter of 2014 (piece 1)',
  'shipped.pharma.rep': 'Marketing director, national region',
  'shipped.pharma.scheme': 'The 2014 letter',
  'shipped.pharma.fines.promotion-breach': 'Promotion-rule breach',
  'shipped.pharma.fines.missed-revisit': 'Missed customer revisit',
  'shipped.pharma.fines.late-report-day': 'Day a monthly report is late',
  'shipped.pharma.fines.lost-customer': "Customer lost through the rep's fault",
  'shipped.condiment.name': "The condiment rep's letter of 2010 (piece 4)",
  'shipped.condiment.repAbove': 'Rep 5% above target',
  'shipped.condiment.repOn': 'Rep on target',
  'shipped.condiment.repBelow': 'Rep 5% below target',
  'shipped.condiment.scheme': 'The 2010 letter',
  'shipped.condiment.monthly': 'Same commission, paid monthly',
  'shipped.condiment.skus.chilli-248': '248 g chilli sauce, 24 jars a case',
  'shipped.condiment.skus.chilli-920': '920 g chilli sauce, 12 jars a case',
  'shipped.condiment.skus.pepper-300': '300 g pickled pepper, 24 jars a case',
  'shipped.condiment.skus.lantern-700': '700 g yellow-lantern chilli sauce, 12 jars a case',
  'shipped.condiment.fines.visits': 'Missing effective visit',
  'shipped.condiment.fines.falsified': 'Falsified daily-report entry',
  'shipped.reference.name': "Reference: one lognormal rep under the essay's rule",
  'shipped.reference.rep': 'Reference rep',
  'shipped.library.name': 'The scheme library on the sample history',
  'shipped.library.weitzman': 'Weitzman rule',
  'shipped.library.gonik': 'Gonik bonus grid',
  'shipped.library.tiered': 'Tiered commission',
};
