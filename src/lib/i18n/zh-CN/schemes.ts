import type { enSchemes } from '../en/schemes';

/** 方案编辑器的简体中文文案。 */
export const zhSchemes: Record<keyof typeof enSchemes, string> = {
  'schemes.title': '方案编辑器',
  'schemes.waiting': '正在读取所用的数据和情景…',
  'preset.breach': '违反推广规定',
  'preset.lost': '客户流失',
  'preset.outlets': '新开网点不足',
  'preset.chilli248': '248 克辣椒酱',
  'preset.chilli920': '920 克辣椒酱',
  'preset.pepper300': '300 克泡椒',
  'preset.lantern700': '700 克黄灯笼辣椒酱',
  'preset.sku': '{{name}}（责任书：每箱 {{perCase}} 元）',
  'schemes.intro':
    '可同时编辑任意多个方案，并查看每个方案在一个周期内付给销售代表多少：曲线是在所示目标下报酬随销售额的变化，表格列出若干样本点的报酬。输入时即运行与情景文件相同的检查。',
  'schemes.scheme': '方案',
  'schemes.add': '添加',
  'schemes.remove': '删除',
  'schemes.compare': '在“方案对比”页比较这些方案',
  'schemes.expected': '每期预期销售额',
  'schemes.sigma': '销售额的对数波动率',
  'schemes.target': '曲线所用目标',
  'schemes.inUnit': '{{name}}（{{unit}}）',
  'schemes.targetHelp': '留空：每位代表自己的最优目标（或计划定额）',
  'schemes.curve': '报酬—销售额曲线',
  'schemes.curveNote': '一个周期，未计罚款；虚线标出各方案的目标。',
  'schemes.firstPeriod': '按期设定数值的方案（如信中的季度定额）按其第一期绘制。',
  'schemes.sales': '销售额',
  'schemes.pay': '报酬',
  'schemes.table': '样本点的报酬',
  'schemes.kind': '类型',
  'schemes.invalid': '修正之前不绘制：',
  'schemes.quantile': '代表会报出其销售额的 {{p}} 分位数（无下限时为 {{f}}）。',
  'schemes.noQuantile': '费率顺序不对，代表不会如实报出任何分位数。',
  'schemes.json': '情景 JSON',
  'schemes.addField': '添加{{field}}',
  'schemes.none': '—',
  'schemes.choice.recoverable': '可追回',
  'schemes.choice.non-recoverable': '不可追回',
  'schemes.choice.share': '预期销售额的比例',
  'schemes.choice.fixed': '固定金额',
  'schemes.choice.haggled': '讨价还价确定',
  'schemes.choice.events': '按次数',
  'schemes.choice.shortfall': '按未达次数',
  'schemes.w.no-reward-above-target':
    'α = 0：超出目标的部分在该期不再得到任何报酬，代表可能把销售推迟到下一期。',
  'schemes.w.rates-out-of-order':
    '费率必须递增，0 ≤ α < β < γ；此处 α = {{alpha}}，β = {{beta}}，γ = {{gamma}}。',
  'schemes.w.floor-moves-target':
    '下限改变了最优目标：对数波动率为 {{sigma}} 的代表会报出 {{quantile}} 分位数，而不是 {{fractile}}。',
  'schemes.duplicateId': '另一个方案也使用这个标识；每个方案需要自己的标识。',
  'schemes.blocked.invalid':
    '还不能比较：请先修正{{names}}（红色标出）。对比页会运行这里的每个方案。',
  'schemes.blocked.duplicate':
    '还不能比较：不止一个方案使用标识 {{ids}}；请为每个方案设不同的标识。',
  'schemes.blocked.none': '请先添加一个方案再比较。',
  'schemes.blocked.compareRange': '还不能比较：“方案对比”不接受此处设定的{{fields}}（红色标出）。',
  'schemes.hagglingRange':
    '“方案对比”只按 {{min}} 到 {{max}} 的“{{setting}}”讨价还价，与其设置项相同。',
  'schemes.inScheme': '“{{scheme}}”的{{field}}',
  'schemes.compareRange': '“方案对比”把此项用作{{setting}}，只接受 {{min}} 到 {{max}}。',
};
