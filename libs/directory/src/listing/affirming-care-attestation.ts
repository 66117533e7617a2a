/**
 * The statement a provider affirms before their listing can be approved. Changing the wording means a new version:
 * listings keep the version their provider affirmed, and approval requires the current one.
 */
export const AFFIRMING_CARE_ATTESTATION = {
  version: '2026-11-01',
  text: [
    'I affirm that I provide LGBTQ+-affirming care: I treat lesbian, gay, bisexual, transgender, queer, intersex,',
    'asexual and nonbinary patients with respect, use the names and pronouns they give me, and do not condition care',
    'on a patient’s sexual orientation, gender identity or gender expression.',
    'I affirm that I provide trauma-informed care: I explain each step before I take it, ask for consent throughout,',
    'stop when asked, and let patients choose how an examination proceeds.',
    'I understand that this listing may be suspended if these statements stop being true.',
  ].join(' '),
} as const;
