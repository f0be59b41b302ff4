import type { enRun } from '../en/run';

/** 运行失败或中止时的简体中文文案，以及此时屏幕上显示的内容。 */
export const zhRun: Record<keyof typeof enRun, string> = {
  'run.stale': '以下是上一次运行的结果；最近一次运行没有完成。',
  'run.partial': '未完成的运行不显示任何结果：部分结果不能当作完整结果。',
  'run.error.workerThrew': '模拟工作线程出错：{{detail}}',
  'run.error.workerLoad': '模拟工作线程无法启动',
  'run.error.workerGone': '模拟工作线程未作答就停止了（内存不足？）',
  'run.error.workerMessage': '模拟工作线程发来的消息无法读取',
  'run.error.dbStart': '浏览器内数据库未能启动：{{detail}}',
  'run.error.dbTimeout': '浏览器内数据库在 {{seconds}} 秒后仍无响应',
  'run.error.dbQuery': '浏览器内数据库出错：{{detail}}',
  'run.error.unknown': '{{detail}}',
  'run.chartSample': '显示 {{total}} 个点中的 {{shown}} 个，均匀分布于各代表。',
};
