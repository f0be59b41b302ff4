import type { Translation } from '../en';
import type { enImport } from '../en/import';

/** 导入对话框、浏览器中保存的数据与 CSV 导出的简体中文文案。 */
export const zhImport: Translation<typeof enImport> = {
  'import.msg.source': '{{file}} 的工作表“{{sheet}}”',
  'import.msg.empty': '{{file}}：文件是空的（0 字节）；请选择包含销售表格的文件',
  'import.msg.blank': '{{file}}：文件中只有空行；请选择包含销售表格的文件',
  'import.msg.binary':
    '{{file}}：不是文本表格：前 {{chars}} 个字符中有 {{count}} 个控制字符，像是二进制文件；' +
    '应为 CSV 或 TSV 文本、Excel 工作簿或 Parquet 文件',
  'import.msg.scenarioFile':
    '{{file}}：这是情景文件（方案与设置，即应用“保存情景文件”写出的文件），不是销售表格；' +
    '请用 --scenario 提供它，并用 --data 提供销售表格',
  'import.msg.jsonFile':
    '{{file}}：这是 JSON 文件，不是销售表格；应为 CSV 或 TSV 文本、Excel 工作簿或 Parquet 文件',
  'import.msg.tooBig':
    '{{file}}：文件大小为 {{size}}，超过{{kind}}的上限 {{limit}}；请拆分文件（按年份或地区），' +
    '或删去导入用不到的列',
  'import.msg.tooManyColumns':
    '{{file}}：共 {{columns}} 列，超过 {{limit}} 列的上限；请保留销售员、日期和销售额列' +
    '（以及目标、状态或退款列），删去其余各列',
  'import.msg.tooManyRows':
    '{{file}}：共 {{rows}} 行，超过 {{limit}} 行的上限；请拆分文件（按年份或地区），只导入需要的部分',
  'import.msg.unclosedQuote':
    '{{file}}：第 {{row}} 行：此处的引号没有闭合，文件其余部分会被读成一个单元格；请补上或删去该引号',
  'import.msg.longQuote':
    '{{file}}：第 {{row}} 行：此处开始的带引号单元格跨越 {{lines}} 行（到第 {{end}} 行）；' +
    '很可能缺了一个引号；请补上或删去该引号',
  'import.msg.mixedEncoding':
    '{{file}}：第 {{row}} 行与第 {{other}} 行的文本编码不同：按 {{encoding}} 读取得到“{{value}}”；' +
    '请把文件保存为同一种编码，或手动选择编码',
  'import.msg.workbookStopped':
    '{{file}}：无法作为 Excel 工作簿（.{{format}}）读取：解析器运行 {{seconds}} 秒后被停止；' +
    '文件很可能已损坏；请在 Excel 中打开并重新保存，或把工作表另存为 CSV',
  'import.msg.badWorkbook': '{{file}}：无法作为 Excel 工作簿（.{{format}}）读取：{{reason}}',
  'import.msg.workbookReaderMissing':
    '{{file}}：未读取：页面无法从本应用的服务器加载 Excel 读取器（应用启动后连接已断开）；' +
    '文件本身可能没有问题；请在连接恢复后重新加载页面，或把工作表另存为 CSV（CSV 不需要读取器）',
  'import.msg.dbUnreachable':
    '{{file}}：未读取：页面无法从本应用的服务器加载浏览器内数据库（加载完成前连接已断开）；' +
    '文件本身可能没有问题；请在连接恢复后重新导入',
  'import.msg.badParquet': '{{file}}：无法作为 Parquet 文件读取：{{reason}}',
  'import.msg.extraFields':
    '{{file}}：第 {{row}} 行有 {{found}} 个字段，而表头只有 {{expected}} 个（“{{value}}”）；' +
    '含分隔符的值（如 1,250）须加引号写作 "1,250"，或去掉其中的分隔符',
  'import.msg.badCsv': '{{file}}：无法作为 CSV 读取：{{reason}}',
  'import.msg.readFailed': '{{file}}：{{reason}}',
  'import.msg.noSheet': '{{file}}：没有名为“{{sheet}}”的工作表（现有工作表：{{sheets}}）',
  'import.msg.missingColumn': '{{file}}：找不到{{role}}列（表头：{{headers}}）',
  'import.msg.unknownColumn':
    '{{file}}：没有名为“{{column}}”的列可读取{{role}}（表头：{{headers}}）',
  'import.msg.noHeaderRow_other':
    '{{file}}：没有第 {{row}} 行可读取表头；共只有 {{count, number}} 行',
  'import.msg.missingSales':
    '{{file}}：找不到销售额列（表头：{{headers}}）；若“{{target}}”记录的是销售额而非目标，' +
    '请把销售额映射到该列（--sales "{{target}}"）',
  'import.app.missingSales':
    '{{file}}：找不到销售额列（表头：{{headers}}）；若“{{target}}”记录的是销售额而非目标，' +
    '请为销售额选择该列',
  'import.app.scenarioFile':
    '{{file}}：这是情景文件（方案与设置，即“保存情景文件”写出的文件），不是销售表格；' +
    '请在“方案对比”页用“打开情景文件…”打开',
  'import.statusEmpty': '（无状态）',
  'import.app.salesInTarget':
    '没有找到销售额列，“{{target}}”被读作目标。如果它其实是销售额（配额历史只有配额），' +
    '请把它选为“销售额”：它将不再作为目标。',
  'import.app.dateOrderMixed':
    '{{file}}：“{{column}}”列中既有日在前的日期，也有月在前的日期；请选择日期顺序（日/月或月/日）',
  'import.app.dateOrderAmbiguous':
    '{{file}}：“{{column}}”列中的日期（如“{{value}}”）既可读作日/月也可读作月/日，且没有一个能判定；' +
    '请选择日期顺序（日/月或月/日）',
  'import.msg.dateOrderMixed':
    '{{file}}：“{{column}}”列中既有日在前的日期，也有月在前的日期；请设置日期顺序' +
    '（日/月或月/日，--date-order dmy 或 mdy）',
  'import.msg.dateOrderAmbiguous':
    '{{file}}：“{{column}}”列中的日期（如“{{value}}”）既可读作日/月也可读作月/日，且没有一个能判定；' +
    '请设置日期顺序（日/月或月/日，--date-order dmy 或 mdy）',
  'import.msg.emptyValue': '{{file}}：第 {{row}} 行，“{{column}}”列：{{role}}为空',
  'import.msg.badDate':
    '{{file}}：第 {{row}} 行，“{{column}}”列：无法读取“{{value}}”；应为日期，' +
    '如 2024-01-31、2024/1/31 22:55、2024-01 或 May 31 2011 12:00AM',
  'import.msg.badAmount':
    '{{file}}：第 {{row}} 行，“{{column}}”列：无法读取“{{value}}”；应为金额，' +
    '如 1234.5、1,234.50、¥1,234 或 (500)',
  'import.msg.badOptional':
    '{{file}}：第 {{row}} 行，“{{column}}”列：无法读取“{{value}}”；应为金额或空单元格',
  'import.msg.snapshotStamp':
    '{{file}}：{{count}} 位销售员每人只有一行，日期取自“{{column}}”（记录最后修改的时间）：' +
    '这是销售员的快照，不是销售历史；请导入按每笔销售或每期注明日期的文件，例如销售或指标历史',
  'import.msg.snapshot':
    '{{file}}：{{count}} 位销售员每人只有一行：每人一个数字只是快照，不是历史；模拟会在每一期重复这个数字',
  'import.msg.amountRange':
    '{{file}}：第 {{row}} 行，“{{column}}”列：“{{value}}”作为金额过大（超过 {{limit}}，或不是有限数）；' +
    '请更正，或跳过有问题的行',
  'import.msg.dateRange':
    '{{file}}：第 {{row}} 行，“{{column}}”列：“{{value}}”在 {{year}} 年，不在 {{from}}–{{to}} 年之间' +
    '（占位日期，或 Excel 序号 0？）；请更正，或跳过有问题的行',
  'import.msg.negative':
    '{{file}}：第 {{row}} 行，“{{column}}”列：{{value}} 是负数；按退货保留，会减少所在期的净销售额',
  'import.msg.controlsInRep_other':
    '{{file}}：第 {{row}} 行，“{{column}}”列：名称“{{value}}”含有控制字符；' +
    '已保留，控制字符以文本形式写出（共 {{count, number}} 行）',
  'import.msg.moreNegative_other':
    '{{file}}：另有 {{count, number}} 行的销售额为负数，同样按退货保留',
  'import.msg.moreBad_other': '{{file}}：另有 {{count, number}} 个值无法读取',
  'import.msg.fixBad': '{{file}}：请修改文件、更改列映射，或跳过有问题的行',
  'import.msg.noRows': '{{file}}：没有任何行计入销售',
  'import.msg.headerOnly': '{{file}}：文件只有标题行，没有数据行；请选择包含销售表格的文件',
  'import.msg.noRepToFit':
    '{{file}}：没有任何销售代表的销售额为正，无法模拟；' +
    '请检查销售额列是否为金额，以及哪些状态计入销售',
  'import.msg.repsNotCounted_other':
    '{{file}}：有 {{count, number}} 名销售代表没有计入销售的行（每一行的状态都被排除），' +
    '因此不参与模拟：{{reps}}',
  'import.msg.totalRow': '{{file}}：第 {{row}} 行（“{{label}}”）是合计行，已排除。',
  'import.msg.duplicates': '{{file}}：第 {{rows}} 行完全相同；全部保留。',
  'import.msg.duplicateGroups':
    '{{file}}：有 {{groups}} 组行完全相同，共 {{copies}} 行；全部保留，每一行都单独计入。' +
    '各组的行号：{{list}}。',
  'import.msg.duplicateGroupsMore':
    '{{file}}：有 {{groups}} 组行完全相同，共 {{copies}} 行；全部保留，每一行都单独计入。' +
    '前 {{listed}} 组的行号：{{list}}。',
  'import.msg.futureDates_other':
    '{{file}}：有 {{count, number}} 行的日期晚于本月（按本机时钟，今天是 {{today}}），最晚到 ' +
    '{{last}}；第一处在第 {{row}} 行，“{{column}}”列：{{value}}。销售历史只含已发生的销售：' +
    '已保留，请在文件中核对年份',
  'import.msg.skippedBad_other': '{{file}}：有 {{count, number}} 行含无法读取的数值，已跳过。',
  'import.msg.snapped':
    '{{file}}：“{{column}}”列中的每个日期都在某月月初或月末 3 天以内；' +
    '每个日期都算作与之相邻的那个月（例如 5 月 31 日算作 6 月）。',
  'import.msg.scaled': '“{{column}}”的单位是 {{scale}}；已换算。',
  'import.msg.statusLeftOut_other': '{{count, number}} 行因状态被排除。',
  'import.msg.wideSheet': '工作表“{{sheet}}”每期一列；已按每期一行读取。',
  'import.msg.wideFile': '{{file}}：每期一列；已按每期一行读取。',
  'import.msg.assumedVolatility':
    '没有任何代表有两期以上的销售，无法测量销售的波动率：每位代表都按假定的每期对数标准差 {{sigma}} ' +
    '模拟，薪酬的离散程度及其区间都来自这一假定，而非来自数据。',
  'import.msg.yearlessMonths':
    '{{file}}：表头 {{headers}} 是不带年份的月份，这些列无法按期间读取；' +
    '请在每个表头写上年份（如 2024-01 或 2024年1月）',
  'import.msg.targetSheet': '目标取自工作表“{{sheet}}”，按销售员和期间匹配。',
  'import.msg.returnsSheet': '“{{column}}”出现在工作表“{{sheet}}”中的行是退货，不计入销售。',
  'import.msg.returnsCounted':
    '“{{column}}”出现在工作表“{{sheet}}”中的行是退货；按所选的状态值，它们计入销售。',
  'import.msg.joinedColumn': '每行的“{{column}}”取自工作表“{{sheet}}”，按“{{key}}”匹配。',
  'import.msg.assignmentFile':
    '{{file}}：这是销售员分配表，不是销售数据：“{{group}}”列记录每位销售员从“{{start}}”到' +
    '“{{end}}”所属的分组；请先导入销售或指标历史，再添加此文件，即可按分组汇总各期数据',
  'import.msg.spanEndsBefore':
    '{{file}}：第 {{row}} 行，“{{column}}”列：“{{value}}”早于开始日期“{{start}}”；' +
    '分配的结束日不能早于开始日：请更正日期',
  'import.msg.spanEmpty':
    '{{file}}：第 {{row}} 行，“{{column}}”列：{{role}}为空；每项分配都需要销售员、分组和开始日期：' +
    '请填写或删除该行',
  'import.msg.spanDuplicate':
    '{{file}}：第 {{row}} 行与第 {{other}} 行重复（{{rep}} 在 {{group}}，自 {{value}} 起）；请删除其中一行',
  'import.msg.spanOverlapOpen':
    '{{file}}：第 {{row}} 行，“{{column}}”列：{{value}} 晚于第 {{other}} 行的开始' +
    '（{{rep}} 在 {{group}}），而该行没有结束日期；一位销售员同一时间只属于一个分组：' +
    '请为第 {{other}} 行填写早于 {{value}} 的结束日期',
  'import.msg.spanOverlap':
    '{{file}}：第 {{row}} 行，“{{column}}”列：{{value}} 早于第 {{other}} 行的结束' +
    '（{{rep}} 在 {{group}}，至 {{until}}）；一位销售员同一时间只属于一个分组：请更正日期',
  'import.msg.assignNoRows': '{{file}}：文件只有表头，下面没有任何分配',
  'import.msg.assignNoData': '{{file}}：尚未加载可分组的销售数据；请先导入销售或指标历史',
  'import.msg.assignNoReps_other':
    '{{file}}：其中 {{count, number}} 位销售员都不在已加载的数据中（{{reps}}）；请确认两个文件' +
    '对销售员的写法一致（工号或姓名）；已加载的数据未作改动',
  'import.msg.assignUnassigned_other':
    '{{file}}：{{count, number}} 个销售员-期没有分配，显示为未分配（销售员 {{reps}}）',
  'import.msg.assignCase_other':
    '{{file}}：其中 {{count, number}} 位销售员只有在忽略大小写和空格时才与数据中的销售员相同' +
    '（如“{{rep}}”与“{{other}}”）；请在两个文件中使用相同的写法',
  'import.msg.assignUnused_other':
    '{{file}}：{{count, number}} 位销售员有分配但在已加载的数据中没有销售：{{reps}}',
  'import.msg.escaped': '{{message}}（控制字符显示为 \\u0000）',
  'import.msg.listMore': ' 等，共 {{count}} 个',
  'import.msg.listMoreReps': ' 等，共 {{count}} 位',
  'import.msg.role.rep': '销售员',
  'import.msg.role.date': '日期',
  'import.msg.role.sales': '销售额',
  'import.msg.role.target': '目标',
  'import.msg.role.refund': '退款',
  'import.msg.role.status': '状态',
  'import.msg.role.group': '分组',
  'import.msg.role.start': '开始日期',
  'import.msg.role.end': '结束日期',
  'import.msg.kind.text': '文本表格',
  'import.msg.kind.workbook': '工作簿',
  'import.msg.kind.parquet': 'Parquet 文件',
  'import.msg.totalReason': '合计行',
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
  'import.leftOut_other':
    '一次只能导入一个文件：现在导入的是 {{file}}，另有 {{count, number}} 个文件未导入（{{files}}）；' +
    '请之后再逐个单独导入。',
  'import.leftOutScenario_other':
    '{{files}} 未与 {{file}} 一同导入：这是情景文件（方案与设置，即“保存情景文件”写出的文件），' +
    '不是销售表格；请用“打开情景文件…”打开。',
  'import.leftOutJson_other': '{{files}} 未与 {{file}} 一同导入：这是 JSON 文件，不是销售表格。',
  'import.scenario.title': '{{file}} 是情景文件',
  'import.scenario.body':
    '{{file}} 保存的是方案与设置（即“保存情景文件”写出的内容），不是销售历史，因此没有导入任何数据：' +
    '当前载入的数据及其结果保持不变。',
  'import.scenario.offer':
    '要把它作为当前情景打开吗？打开后，它的方案与设置将替换当前使用的方案与设置，' +
    '包括“方案编辑”页尚未发送的修改；已载入的数据保持不变。',
  'import.scenario.open': '作为情景打开',
  'import.scenario.failed': '无法打开该情景文件，未做任何更改：',
  'import.scenario.busy': '当前模拟结束后即可打开。',
  'import.importing': '正在导入…',
  'import.step.reading': '读取文件',
  'import.step.checking': '检查各行',
  'import.step.cleaning': '清理数值',
  'import.step.fitting': '拟合销售代表',
  'import.progress': '正在导入，第 {{n}} 步，共 {{total}} 步：{{step}}…',
  'import.cancel': '取消',
  'import.cancelled': '导入已取消：当前的数据和结果均未改变。可重新导入或选择其他文件。',
  'import.done.title': '已导入 {{file}}',
  'import.done.rows': '{{rows}} 行计入销售；{{excluded}} 行因状态被排除。',
  'import.done.totalSales': '销售额合计 {{sales}}。',
  'import.done.totalTarget': '目标合计 {{target}}。',
  'import.done.met_other': '{{count, number}} 行中有 {{met}} 行达到或超过目标。',
  'import.done.skipped': '被排除的行（{{count}}）',
  'import.done.skippedMore_other': '另有 {{count, number}} 行未列出。',
  'import.done.row': '行',
  'import.done.column': '列',
  'import.done.value': '值',
  'import.done.reason': '原因',
  'import.done.thinTitle_other': '历史较短（{{count, number}} 名销售代表）',
  'import.done.thin_other': '以下销售代表的期数较少：拟合借助其他人的数据，并在历史图中标出。',
  'import.done.thinAssumed_other':
    '以下销售代表的期数较少，且没有任何代表有测量波动率所需的两期销售：波动率为假定值' +
    '（见“数据”卡片上的提示），并在历史图中标出。',
  'import.made.period': '期间',
  'import.made.sales': '销售额',
  'import.made.salesOf': '销售额（{{sheet}}）',
  'import.made.targetOf': '目标（{{sheet}}）',
  'import.done.warnings': '提示',
  'import.done.close': '关闭',

  'assign.title': '销售员分配表：{{file}}',
  'assign.what':
    '此文件记录每位销售员在什么时间属于哪个分组（区域、大区或团队）。其中没有销售数据：' +
    '请把它添加到已加载的销售或指标历史上，即可按分组查看各期数据。',
  'assign.columns': '列：销售员“{{rep}}”，分组“{{group}}”，从“{{start}}”到“{{end}}”。',
  'assign.columnsNoEnd':
    '列：销售员“{{rep}}”，分组“{{group}}”，从“{{start}}”起，至下一次分配为止。',
  'assign.counts': '{{reps}}，{{groups}}，{{moves}}，{{open}}。',
  'assign.rule':
    '在一期之内调动的销售员，计入该期天数最多的分组（天数相同则计入后一个分组）；' +
    '没有分配的销售员或期间显示为未分配。',
  'assign.into': '将与 {{file}} 合并。',
  'assign.intoSample': '当前加载的是内置示例：请先导入您的销售历史。',
  'assign.replaces': '数据目前按 {{file}} 分组：此文件将替换这些分组，下次访问时也只保留此文件。',
  'assign.replacesColumn': '数据目前按其自身的“{{column}}”列分组：此文件将替换这些分组。',
  'assign.confirm': '添加到已加载的数据',
  'assign.done': '已为 {{file}} 添加分组：{{groups}}；未分配的销售员-期：{{unassigned}}。',
  'groups.title': '分组（来自 {{file}}）',
  'groups.titleColumn': '分组（来自“{{column}}”列）',
  'groups.reps': '每位销售员的分组',
  'groups.rep': '销售员',
  'groups.now': '当前分组',
  'groups.moves': '调动',
  'groups.since': '自 {{date}} 起',
  'groups.until': '{{since}} 至 {{until}}',
  'groups.move': '{{date}} 由 {{from}} 调至 {{to}}',
  'groups.totals': '各期各分组的销售额与目标',
  'groups.period': '期间',
  'groups.group': '分组',
  'groups.sales': '销售额',
  'groups.target': '目标',
  'groups.unassigned': '未分配',
  'saved.assign': '{{file}} 也一并保存，刷新后会重新合并。',
  'saved.title': '保存在本浏览器中',
  'saved.file': '{{file}} 已保存（{{where}}），重新加载页面后会自动载入。',
  'saved.where.opfs': '私有文件存储',
  'saved.where.indexeddb': 'IndexedDB',
  'saved.none': '尚未保存：导入的文件加载成功后会保存在这里。',
  'saved.clear': '清除保存的数据',
  'saved.elsewhere':
    '现在保存的是 {{file}}：它是在本页载入数据之后于另一个标签页中导入的；重新加载本页即会载入它，' +
    '按“清除保存的数据”则会清除它。',
  'news.import': '数据已在另一个标签页中更改：{{file}}，{{reps}}。{{here}}',
  'news.sample': '数据已在另一个标签页中更改：内置示例，{{reps}}。{{here}}',
  'news.loaded': '本页也已载入。',
  'news.loading': '正在本页载入…',
  'news.offered': '本页仍显示原来的数据。',
  'news.busy': '本页有运行正在进行：会让它完成，待其结束（或被取消）后即可在本页载入新数据。',
  'news.notKept': '浏览器未能保存该文件，本页无法读取：请在本页也导入它。',
  'news.gone': '浏览器已不再保存它（之后又有导入或清除），本页保留现有数据。',
  'news.failed': '无法在本页载入：{{message}}',
  'news.load': '在本页载入',
  'news.cleared':
    '保存的数据已在另一个标签页中清除：本页重新加载后将从示例数据开始，在此之前本页仍显示现有数据。',
  'saved.cleared': '已清除：下次重新加载将从示例数据开始。',
  'saved.problem.full':
    '浏览器为本页提供的存储空间已满（{{detail}}）：本次导入未保存，重新加载后将丢失。请释放空间或清除保存的数据。',
  'saved.problem.blocked':
    '此浏览器不允许本页保存数据（{{detail}}），例如在无痕窗口中：导入可以使用，但重新加载后将丢失。',
  'saved.problem.corrupt':
    '无法读回保存的数据（{{detail}}）：数据未被改动，已改为载入示例数据。请重新导入文件，或清除保存的数据。',
  'saved.problem.gone':
    '保存的数据已在本页之外被删除（可能清除了浏览器中本网站的数据）：屏幕上的数据在重新加载前仍可使用，' +
    '重新加载后将从示例数据开始。如需保留，请重新导入该文件。',
  'saved.problem.failed': '保存数据失败（{{detail}}）；重新加载后将丢失。',
  'saved.problem.dropped':
    '部分保存的设置超出当前范围，已恢复为默认值（{{detail}}）；其余保存的设置已恢复。',
  'saved.problem.restore':
    '保存的文件 {{file}} 未能重新导入（{{detail}}）。它仍被保存：请清除它或导入其他文件。',
  'export.csv': '导出清洗后的表格（CSV）',
  'export.failed': '导出失败：{{detail}}',
  'export.dbUnreachable':
    '导出需要浏览器内数据库，但无法从本应用的服务器加载它（连接可能已断开）；' +
    '请在连接恢复后重新导出。',
  'calendar.label': '校准周期',
  'calendar.month': '月',
  'calendar.quarter': '自然季度',
  'calendar.fiscal': '财年季度（10 月至次年 9 月）',

  'data.warning.shortGrain.week_other':
    '历史数据只有 {{count, number}} 天，因此按周拟合，不含趋势与季节性。',
  'data.warning.shortGrain.day_other':
    '历史数据只有 {{count, number}} 天，因此按日拟合，不含趋势与季节性。',
  'data.warning.noSeasons_other': '历史数据只有 {{count, number}} 个月：不足以估计季节因子。',
  'data.warning.noTrend': '没有代表具备测量年度趋势所需的 14 个月数据；趋势取 0。',
  'data.warning.gaps_other':
    '{{expected}} 期中有 {{count, number}} 期完全没有数据行；这些期按缺失处理，而不是按零销售。',
  'data.warning.emptyPeriods_other':
    '{{count, number}} 个代表-期没有销售：计入水平时按零计，但不参与波动率的估计。',
  'data.warning.noSales': '因没有净销售而排除：{{reps}}。',
  'data.warning.thinReps_other':
    '{{count, number}} 位代表有销售的期数少于 {{below}} 期，其波动率和趋势借用其他代表的估计：{{reps}}。',
  'import.msg.decimalComma':
    '{{file}}：“{{column}}”列的金额以逗号作小数点（“{{value}}”即 {{number}}）；已按此读取。',
  'import.msg.repsLeft_other':
    '有 {{count, number}} 名销售代表在数据的最后一年（{{from}} 至 {{to}}）没有任何行，视为已离职，' +
    '不参与拟合和模拟：{{reps}}；如某人仍在职，请为其补上该年的行（包括销售为零的期）',
  'import.msg.rampUp':
    '{{rep}}：最初 {{count}} 期（{{first}} 至 {{last}}）的销售远低于其后来的水平并逐步升至该水平，' +
    '像新入职的代表一样；这些期不参与其拟合（水平、波动率、季节与趋势），但仍显示在其历史中',
  'import.msg.recordedTargets_other':
    '文件中记录的目标与实际销售平均相差 {{mape}}（即各方案“目标误差”所用的平均绝对误差；' +
    '偏差 {{bias}}，目标高于销售时为正），{{count, number}} 个代表-期中有 {{met}} 个达到目标',
  'import.msg.partialFirst':
    '{{period}} 的数据从 {{date}} 才开始，只覆盖其 {{days}} 天中的 {{covered}} 天：' +
    '该期不参与拟合（水平、波动率、季节性和趋势），以免被读成销售下滑；历史图中仍显示',
  'import.msg.partialLast':
    '{{period}} 的数据只到 {{date}}，只覆盖其 {{days}} 天中的 {{covered}} 天：' +
    '该期不参与拟合（水平、波动率、季节性和趋势），以免被读成销售下滑；历史图中仍显示',
  'import.msg.outliers_other':
    '有 {{count, number}} 个代表-期的销售远离该代表的常见水平（括号内为其中位数），' +
    '会拉动拟合的水平和波动率；请在文件中核对：{{periods}}',
  'import.msg.currencySign_other':
    '{{file}}：“{{column}}”列有 {{count, number}} 个金额带有“{{sign}}”，因此数字以 {{currency}} ' +
    '显示；如不对，请另选“金额的货币”',
  'import.msg.currencyFormat_other':
    '{{file}}：工作表中有 {{count, number}} 个数字设为“{{sign}}”金额格式，因此数字以 {{currency}} ' +
    '显示；如不对，请另选“金额的货币”',
  'import.msg.currencyDefault':
    '{{file}}：金额未标明单一货币，因此数字恢复以默认的 {{currency}} 显示，' +
    '不再沿用上一个文件所标的 {{previous}}；如不对，请另选“金额的货币”',
  'import.msg.rampUpFirst':
    '{{rep}}：第一期（{{first}}）的销售远低于其后来的水平，像新入职的代表一样；' +
    '该期不参与其拟合（水平、波动率、季节与趋势），但仍显示在其历史中',
  'import.msg.dotThousands':
    '{{file}}：“{{column}}”列的金额为整数，以点作千位分隔符（“{{value}}”即 {{number}}）；已按此读取。',
  'calendar.auto': '自动（由日期判断）',
  'calendar.autoHelp':
    '自动：每位销售代表每季度只有一个日期（如指标历史）时按季度，否则按月；' +
    '不足六个月按周或按日。导入结果会说明实际采用的周期。',
  'import.done.grain': '按{{unit}}校准。',
  'import.done.grainAuto': '按{{unit}}校准（自动：由日期判断）。',
  'import.done.unit.quarter': '季度',
  'import.done.unit.month': '月',
  'import.done.unit.week': '周',
  'import.done.unit.day': '日',
};
