import type { enRun } from '../en/run';

/** 运行失败或中止时的简体中文文案，以及此时屏幕上显示的内容。 */
export const zhRun: Record<keyof typeof enRun, string> = {
  'run.notRunSettings': '未运行：超出范围：{{fields}}。请修正标红的字段。',
  'run.stale': '以下是上一次运行的结果；最近一次运行没有完成。',
  'run.previousSettings': '以下是您上次更改设置之前的结果；点击“运行”查看新设置的结果。',
  'run.error.workerThrew': '模拟工作线程出错：{{detail}}',
  'run.error.workerLoad': '模拟工作线程无法启动',
  'run.error.workerGone': '模拟工作线程未作答就停止了（内存不足？）',
  'run.error.workerMessage': '模拟工作线程发来的消息无法读取',
  'run.error.runTooBig':
    '本次运行至少需要在内存中保留 {{need}} MB 的结果（{{reps}}、{{trials}}、{{schemes}}），' +
    '上限为 {{limit}} MB。请减少试验次数或载入更少的代表。',
  'run.error.sweepTooBig':
    '本次扫描至少需要在内存中保留 {{need}} MB 的结果（{{reps}}，{{values}}各 {{trials}}），' +
    '上限为 {{limit}} MB。请减少网格点数或试验次数，或载入更少的代表。',
  'run.error.dbStart': '浏览器内数据库未能启动：{{detail}}',
  'run.error.dbQuery': '浏览器内数据库出错：{{detail}}',
  'run.error.unknown': '{{detail}}',
  'run.error.schemesDoNotFit':
    '方案与当前数据不符（{{detail}}）；请在“方案编辑”中修改，或载入期数相符的数据',
  'run.chartSample': '显示 {{total}} 个点中的 {{shown}} 个，均匀分布于各代表。',
  'run.tableMore': '再显示 {{count}} 行（尚有 {{left}} 行未显示）',
  'run.error.workerFailed': '模拟工作线程意外出错；下方详情可用于报告此问题',
  'run.error.details': '详情',
  'run.error.noReps': '没有可模拟的代表：请载入至少有一位代表有销售额的历史数据，或使用示例数据',
  'run.error.schemesRefused': '有方案不符合其自身规则（{{detail}}）；请在“方案编辑”中修改',
  'run.previousDataRunning':
    '以下是上一份数据（{{data}}）的结果，不是 {{current}} 的；其运行正在进行。',
  'run.previousDataStopped':
    '以下是上一份数据（{{data}}）的结果，不是 {{current}} 的；其运行没有完成。',
};
