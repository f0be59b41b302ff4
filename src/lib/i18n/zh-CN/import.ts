import type { enImport } from '../en/import';

/** 导入对话框、浏览器中保存的数据与 CSV 导出的简体中文文案。 */
export const zhImport: Record<keyof typeof enImport, string> = {
  'import.chooseFile': '导入文件',
  'import.dropFile': '或将 CSV、Excel 或 Parquet 文件拖放到此处',
  'import.sheet': '工作表',
  'import.headerRow': '表头行',
  'import.headerRowHelp': '包含列名的那一行；其上方的行是标题。点击某行即可选择。',
  'import.rowNumber': '第 {{row}} 行',
  'import.table': '待导入表格的前几行',
  'import.dateOrder': '3/4/2024 这类日期的顺序',
  'import.dateOrder.auto': '根据整列判断',
  'import.dateOrder.dmy': '日/月/年',
  'import.dateOrder.mdy': '月/日/年',
  'import.skipBadRows': '跳过含无法读取数值的行（逐行列出）',
  'import.reading': '正在读取文件…',
  'import.importing': '正在导入…',
  'import.done.title': '已导入 {{file}}',
  'import.done.rows': '{{rows}} 行计入销售；{{excluded}} 行因状态被排除。',
  'import.done.totalSales': '销售额合计 {{sales}}。',
  'import.done.totalTarget': '目标合计 {{target}}。',
  'import.done.met': '{{rows}} 行中有 {{met}} 行达到或超过目标。',
  'import.done.skipped': '被排除的行（{{count}}）',
  'import.done.skippedMore': '另有 {{count}} 行未列出。',
  'import.done.row': '行',
  'import.done.column': '列',
  'import.done.value': '值',
  'import.done.reason': '原因',
  'import.done.thinTitle': '历史较短（{{count}} 名销售代表）',
  'import.done.thin': '这些销售代表的期数较少：拟合借助其他人的数据，并在历史图中标出。',
  'import.done.warnings': '提示',
  'import.done.close': '关闭',

  'saved.title': '保存在本浏览器中',
  'saved.file': '{{file}} 已保存（{{where}}），重新加载页面后会自动载入。',
  'saved.where.opfs': '私有文件存储',
  'saved.where.indexeddb': 'IndexedDB',
  'saved.none': '尚未保存：导入的文件加载成功后会保存在这里。',
  'saved.clear': '清除保存的数据',
  'saved.cleared': '已清除：下次重新加载将从示例数据开始。',
  'saved.problem.full':
    '浏览器为本页提供的存储空间已满（{{detail}}）：本次导入未保存，重新加载后将丢失。请释放空间或清除保存的数据。',
  'saved.problem.blocked':
    '此浏览器不允许本页保存数据（{{detail}}），例如在无痕窗口中：导入可以使用，但重新加载后将丢失。',
  'saved.problem.corrupt':
    '无法读回保存的数据（{{detail}}）：数据未被改动，已改为载入示例数据。请重新导入文件，或清除保存的数据。',
  'saved.problem.failed': '保存数据失败（{{detail}}）；重新加载后将丢失。',
  'saved.problem.restore':
    '保存的文件 {{file}} 未能重新导入（{{detail}}）。它仍被保存：请清除它或导入其他文件。',
  'export.csv': '导出清洗后的表格（CSV）',
  'export.failed': '导出失败：{{detail}}',
  'calendar.label': '校准周期',
  'calendar.month': '月',
  'calendar.quarter': '自然季度',
  'calendar.fiscal': '财年季度（10 月至次年 9 月）',

  'data.warning.shortGrain.week': '历史数据只有 {{days}} 天，因此按周拟合，不含趋势与季节性。',
  'data.warning.shortGrain.day': '历史数据只有 {{days}} 天，因此按日拟合，不含趋势与季节性。',
  'data.warning.noSeasons': '历史数据只有 {{months}} 个月：不足以估计季节因子。',
  'data.warning.noTrend': '没有代表具备测量年度趋势所需的 14 个月数据；趋势取 0。',
  'data.warning.gaps':
    '{{expected}} 期中有 {{gaps}} 期完全没有数据行；这些期按缺失处理，而不是按零销售。',
  'data.warning.emptyPeriods':
    '{{empty}} 个代表-期没有销售：计入水平时按零计，但不参与波动率的估计。',
  'data.warning.noSales': '因没有净销售而排除：{{reps}}。',
  'data.warning.thinReps':
    '{{count}} 位代表有销售的期数少于 {{below}} 期，其波动率和趋势借用其他代表的估计：{{reps}}。',
};
