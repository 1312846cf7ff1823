/** Pacer's bundled help pages (`help.html#<page>`): what an RM or the bank's IT needs where they are. */
export const HELP_PAGES = ['site-rules', 'managed-policy', 'pacing'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];

export function isHelpPage(hash: string): hash is HelpPage {
  return (HELP_PAGES as readonly string[]).includes(hash);
}

/** Labels the heuristic knows, quoted as they appear on screen in either language's help. */
export const LABEL_EXAMPLES = ['客户号', '客户编号', 'CIF', 'Customer No.'].join(' / ');

/** The managed-policy example: keys and values an IT admin copies, so it is not translated. */
export const POLICY_EXAMPLE = JSON.stringify(
  {
    crmOrigins: ['https://crm.bank.example/*'],
    clientIdRules: [
      {
        id: 'core-client-detail',
        name: '核心系统 客户详情',
        match: ['https://crm.bank.example/cust/detail.do*'],
        strategies: [{ kind: 'label', labels: ['客户号'] }],
        idPattern: '^\\d{10}$',
      },
    ],
    pacing: {
      targets: [{ month: '2026-11', indicator: 'investment', value: 229000000 }],
      calendar: [{ year: 2027, off: ['2027-01-01', '2027-02-05'], on: ['2027-02-20'] }],
    },
  },
  null,
  2,
);
