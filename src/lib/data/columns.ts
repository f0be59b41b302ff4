export type ColumnRole = 'rep' | 'date' | 'sales' | 'target' | 'status' | 'refund';

/** Header chosen for each role, or null when the file has none. */
export type ColumnMapping = Record<ColumnRole, string | null>;

export interface ColumnProposal {
  headers: string[];
  mapping: ColumnMapping;
  /** 1 for an exact keyword, less for a partial match, 0 for no match. */
  confidence: Record<ColumnRole, number>;
  /** The weakest of the required roles (rep, date, sales). */
  overall: number;
}

export const COLUMN_ROLES: ColumnRole[] = ['rep', 'date', 'sales', 'target', 'status', 'refund'];
export const REQUIRED_ROLES: ColumnRole[] = ['rep', 'date', 'sales'];

// Earlier keywords are stronger evidence. Chinese terms follow the shared sample files and the
// glossary in domain.md (销售额, 目标/任务, 配额 …).
const keywords: Record<ColumnRole, string[]> = {
  refund: words('refund refundamount refunded 退款金额 退款 退货金额'),
  target: words(
    'target quota salesquota goal plan budget 目标 销售目标 任务 销售任务 指标 配额 计划 ' +
      '业绩目标 目标业绩',
  ),
  status: words(
    'returned status deliverystatus orderstatus state 出货状态 配送状态 订单状态 发货状态 状态',
  ),
  rep: words(
    'rep salesrep salesperson seller agent employee staff name businessentityid repid ' +
      'employeeid person manager owner machine machineid device deviceid 销售员 业务员 销售代表 姓名 员工 工号 ' +
      '员工编号 机器编号 设备编号 设备 售货机 负责人 代表 销售人员 业务代表',
  ),
  date: words(
    'date month period orderdate quotadate yearmonth week day time 日期 月份 下单时间 ' +
      '支付时间 订单日期 年月 时间 月',
  ),
  sales: words(
    'sales amount revenue actual turnover total salesamount totalamount value 销售额 金额 ' +
      '交易额 总金额 实际 营业额 实收金额 销售金额 实际销售额 销售业绩 实际业绩 业绩',
  ),
};

/**
 * Proposes a column for each role from the headers, in English or Chinese. Case, spaces,
 * underscores, full-width forms and bracketed units such as （元） are ignored. Each header serves
 * at most one role; the strongest (role, header) matches are taken first. Roles in `chosen` keep
 * the user's column, which no other role is then given: a quota column chosen as the sales
 * would otherwise still be read as the target too, every target equal to its sales.
 */
export function detectColumns(
  headers: string[],
  chosen: Partial<ColumnMapping> = {},
): ColumnProposal {
  const scored: { role: ColumnRole; header: string; score: number }[] = [];

  for (const role of COLUMN_ROLES) {
    if (chosen[role] !== undefined) continue;
    for (const header of headers) {
      const score = matchScore(header, keywords[role]);
      if (score > 0) scored.push({ role, header, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);

  const mapping = Object.fromEntries(
    COLUMN_ROLES.map((r) => [r, chosen[r] ?? null]),
  ) as ColumnMapping;
  const confidence = Object.fromEntries(COLUMN_ROLES.map((r) => [r, chosen[r] ? 1 : 0])) as Record<
    ColumnRole,
    number
  >;
  for (const { role, header, score } of scored) {
    if (mapping[role] !== null || Object.values(mapping).includes(header)) continue;
    mapping[role] = header;
    confidence[role] = score;
  }

  const overall = Math.min(...REQUIRED_ROLES.map((role) => confidence[role]));
  return { headers, mapping, confidence, overall };
}

/**
 * Each Traditional character of the keywords above followed by its Simplified form, so that a
 * Hong Kong or Taiwan export's headers (業務員, 銷售額) match the keywords.
 */
const PAIRS =
  '業业務务員员單单發发號号備备實实態态總总時时機机標标狀状' +
  '績绩編编營营計计訂订設设負负責责貨货銷销間间際际額额劃划';
const TRADITIONAL = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, k) => [PAIRS[2 * k], PAIRS[2 * k + 1]]),
);

/**
 * Lower case, NFKC (full-width to ASCII), Traditional characters as Simplified, units in
 * brackets and separators removed.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\u3400-\u9fff]/g, (c) => TRADITIONAL.get(c) ?? c)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s_\-./:]+/g, '');
}

function matchScore(header: string, list: string[]): number {
  const name = normalizeHeader(header);
  const words = header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  let best = 0;

  list.forEach((keyword, rank) => {
    // A small rank penalty lets the first keywords of a role win ties.
    const weight = 1 - rank * 0.005;
    if (name === keyword) best = Math.max(best, weight);
    else if (isCjk(keyword) ? name.includes(keyword) : words.includes(keyword)) {
      best = Math.max(best, weight * (0.5 + (0.3 * keyword.length) / name.length));
    }
  });

  return best;
}

function isCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

function words(list: string): string[] {
  return list.split(' ');
}
