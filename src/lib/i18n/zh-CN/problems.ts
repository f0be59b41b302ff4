import type { Translation } from '../en';
import type { enProblems } from '../en/problems';

/** 引擎校验消息的简体中文：字段路径与所见的值原样保留，其余译出。 */
export const zhProblems: Translation<typeof enProblems> = {
  'problem.expected': '应为{{what}}，实际为 {{seen}}',
  'problem.expectedElseExtremeTarget':
    '应为{{what}}，实际为 {{seen}}（否则代表报尽量高或尽量低的目标反而得利）',
  'problem.required': '缺少必填的值',
  'problem.unknownField': '未知字段，可用的字段为：{{keys}}',
  'problem.json': '不是有效的 JSON（解析器的说明：{{detail}}）',
  'problem.jsonAt': '不是有效的 JSON：第 {{line}} 行第 {{column}} 列：{{what}}',
  'problem.notScenario': '不是情景文件（JSON）：它看起来是销售表格或工作簿，请用“导入文件”载入',
  'problem.unreadable': '{{text}}',
  'problem.skuShare': '占比应大于 0：代表从不销售的产品无法完成大于 0 的目标，实际为 0',
  'problem.statedTotal_other':
    '定额 {{count, number}} 期之和为 {{sum}}，但标明的合计为 {{stated}}；模拟按各期自身的目标运行',
  'problem.gridFalls':
    '实际÷配额从 {{low}} 升至 {{high}} 时奖金从 {{from}} 降到 {{to}}：卖得越多拿得越少',
  'problem.noRewardAboveTarget':
    'α 为 0：超出目标的销售在当期不带来任何收入，已完成目标的代表会把后续销售推到下一期。',
  'problem.ratesOutOfOrder':
    '费率须满足 0 ≤ α < β < γ，但此处 α = {{alpha}}、β = {{beta}}、γ = {{gamma}}：' +
    '代表会报尽量高或尽量低的目标，而不是如实申报。',
  'problem.floorMovesTarget':
    '下限让未达目标的代价变小，对数波动率为 {{sigma}} 的代表会申报其销售的 {{quantile}} 分位数，' +
    '而不是 {{fractile}} 分位数。',
  'problem.floorMovesTargetMedian':
    '下限让未达目标的代价变小，对数波动率为 {{sigma}} 的代表会申报其销售的 {{quantile}} 分位数，' +
    '而不是 {{fractile}} 分位数（中位数）。',

  'problem.what.oneOf': '以下之一：{{tags}} 或 {{last}}',
  'problem.what.number': '数字',
  'problem.what.jsonEnd': '文本在所有 { 和 [ 闭合之前就结束了',
  'problem.what.jsonTrailingComma': '多了一个逗号，其后没有内容，请删除',
  'problem.what.jsonSingleQuote': '文字用了单引号，JSON 须用双引号',
  'problem.what.jsonUnquotedName': '名称缺少双引号',
  'problem.what.jsonChar': '出现了意外的“{{char}}”',
  'problem.what.finite': '有限的数字',
  'problem.what.nonNegative': '不小于 0 的数字',
  'problem.what.positive': '大于 0 的数字',
  'problem.what.aboveMinusOne': '大于 −1 的数字',
  'problem.what.share': '介于 0 到 1 之间的数字',
  'problem.what.shareOpen': '介于 0 到 1 之间（不含 1）的数字',
  'problem.what.integerAtLeast0': '不小于 0 的整数',
  'problem.what.integerIn': '介于 {{min}} 到 {{max}} 之间的整数',
  'problem.what.trialsOnPage':
    '介于 {{min}} 到 {{max}} 之间的整数才能在本页运行，因为本页的 95% 区间至少需要 {{min}} 次' +
    '试验（命令行从 1 次起即可运行）',
  'problem.what.percentOnPage':
    '介于 {{min}} 到 {{max}}（即 {{low}} 到 {{high}}）之间的数字才能在本页运行，与本页' +
    '“{{noun}}”字段的范围相同（命令行可运行更宽的范围）',
  'problem.what.fieldOnPage':
    '介于 {{min}} 到 {{max}} 之间的数字才能在本页运行，与本页“{{noun}}”字段的范围相同' +
    '（命令行可运行更宽的范围）',
  'problem.what.numberIn': '介于 {{min}} 到 {{max}} 之间的数字',
  'problem.what.magnitude': '绝对值不超过 {{max}} 的数字',
  'problem.what.nonEmpty': '非空文本',
  'problem.what.string': '文本',
  'problem.what.object': '对象',
  'problem.what.list': '列表',
  'problem.what.boolean': '布尔值 true 或 false',
  'problem.what.oneRep': '至少一位代表',
  'problem.what.onePeriod': '至少一期',
  'problem.what.oneScheme': '至少一个方案',
  'problem.what.schemes': '方案列表',
  'problem.what.fines': '罚款列表',
  'problem.what.repMean': '不小于 0 的数字，或由这样的数字组成的非空列表',
  'problem.what.listOf': '由{{noun}}组成的列表',
  'problem.what.atLeastOneOf': '至少一项{{noun}}',
  'problem.what.atLeastOne': '至少一个{{noun}}',
  'problem.what.oneOrList': '{{noun}}，或由它们组成的非空列表',
  'problem.what.objectWith': '字段 "{{key}}" 为 {{tags}} 或 {{last}} 的对象',
  'problem.what.perPeriod': '共 1 个值或 {{count}} 个值（每个模拟期一个）',
  'problem.what.gridRows_other': '共 {{count, number}} 行（每个预测比例一行）',
  'problem.what.gridColumns_other': '共 {{count, number}} 个值（每个实际比例一个）',
  'problem.what.sharesSum': '合计为 1 的占比',
  'problem.what.unusedId': '未被 {{other}} 使用的标识',
  'problem.what.schemeId': '方案标识 {{ids}} 之一',
  'problem.what.periodsLike_other': '与 data.reps[0] 相同，共 {{count, number}} 期',
  'problem.what.firstTier': '数值 0（第一档从零销售开始）',
  'problem.what.ascending': '大于 {{low}} 的数字（须递增）',
  'problem.what.aboveAlpha': '大于 α（{{low}}）的数字',
  'problem.what.aboveBeta': '大于 β（{{low}}）的数字',

  'problem.noun.nonNegative': '不小于 0 的数字',
  'problem.noun.nonNegatives': '不小于 0 的数字',
  'problem.noun.numbers': '数字',
  'problem.noun.rows': '行',
  'problem.noun.skus': '产品（SKU）',
  'problem.noun.tiers': '分档',
  'problem.noun.contracts': '合同',
  'problem.noun.fieldRate': '提成率 t',
  'problem.noun.fieldRepOpening': '代表的开价低于预期',
  'problem.noun.fieldBossOpening': '上级的开价高于估计',
  'problem.noun.fieldBossNoise': '上级的估计误差',
  'problem.noun.fieldGrowth': '要求的增长',
};
