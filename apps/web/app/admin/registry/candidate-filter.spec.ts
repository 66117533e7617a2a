import { candidateFilterOf, candidateParams, candidateQueryOf, registryNameOf } from './candidate-filter';

describe('the registry candidates’ filters', () => {
  const queryOf = (search: string) => candidateQueryOf(new URLSearchParams(search));

  it('needs a state before asking the API', () => {
    expect(candidateFilterOf(queryOf('specialty=gynecology'))).toBeNull();
    expect(candidateFilterOf(queryOf('state=Kansas'))).toBeNull();
  });

  it('tells a category from a specialty', () => {
    expect(candidateFilterOf(queryOf('state=ks&specialty=GYNECOLOGY&name=%20Ab%20'))).toEqual({
      state: 'KS',
      category: 'GYNECOLOGY',
      specialty: null,
      name: 'Ab',
    });
    expect(candidateFilterOf(queryOf('state=KS&specialty=gynecology'))).toEqual({
      state: 'KS',
      category: null,
      specialty: 'gynecology',
      name: null,
    });
  });

  it('keeps only the filters given in the address of the next page and the CSV', () => {
    expect(candidateParams(queryOf('state=KS&specialty=&name=ab&after=x'))).toEqual({ state: 'KS', name: 'ab' });
  });

  it('writes the registry’s name on one line', () => {
    expect(registryNameOf({ firstName: 'JANE', middleName: null, lastName: 'DOE', nameSuffix: 'JR' })).toBe(
      'JANE DOE JR',
    );
  });
});
