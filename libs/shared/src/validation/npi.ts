// NPI check digit (CMS): Luhn over the 9 leading digits, counting the constant 24 for the "80840" prefix.

function luhnSumOfNineDigits(digits: string): number {
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    const digit = digits.charCodeAt(i) - 48;
    // From the left, positions 1, 3, 5, 7, 9 are doubled (they are the odd positions counted from the right).
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum;
}

/** True when the value is ten digits whose last one is the NPI check digit of the others. */
export function isValidNpi(value: string): boolean {
  if (!/^[0-9]{10}$/.test(value)) return false;
  return (luhnSumOfNineDigits(value) + Number(value[9])) % 10 === 0;
}

/** Appends the check digit to nine leading digits. */
export function withNpiCheckDigit(nineDigits: string): string {
  if (!/^[0-9]{9}$/.test(nineDigits)) throw new Error('An NPI is built from exactly nine digits');
  return `${nineDigits}${(10 - (luhnSumOfNineDigits(nineDigits) % 10)) % 10}`;
}
