import { buildSchema, parse } from 'graphql';
import { fillOmittedInputDefaults } from './graphql-input-defaults';

describe('fillOmittedInputDefaults', () => {
  const schema = buildSchema(`
    enum Urgency { ROUTINE SOON }
    input Choice { code: String!, primary: Boolean! = false }
    input Request {
      name: String!
      tags: [String!]! = []
      urgency: Urgency! = ROUTINE
      choices: [Choice!]
      parent: Request
    }
    type Query { ask(request: Request!, note: String): Boolean, plain(note: String): Boolean }
  `);
  const query = parse(`query ($request: Request!, $note: String) { ask(request: $request, note: $note) }`);
  const fill = (variables: Record<string, unknown> | undefined, document = query) =>
    fillOmittedInputDefaults(schema, document, {}, variables);

  it('writes the defaults of omitted fields, as a client would send them, into nested inputs and lists too', () => {
    const variables = { request: { name: 'a', choices: [{ code: 'x' }], parent: { name: 'b' } }, note: 'n' };
    expect(fill(variables)).toEqual({
      variables: {
        request: {
          name: 'a',
          tags: [],
          urgency: 'ROUTINE',
          choices: [{ code: 'x', primary: false }],
          parent: { name: 'b', tags: [], urgency: 'ROUTINE' },
        },
        note: 'n',
      },
    });
  });

  it('fills a single input object given where a list of them is expected', () => {
    const result = fill({ request: { name: 'a', choices: { code: 'x' } } });
    expect((result?.variables.request as Record<string, unknown>).choices).toEqual({ code: 'x', primary: false });
  });

  it('keeps what the client sent, explicit nulls included, and does not change the object it was given', () => {
    const variables = { request: { name: 'a', tags: ['t'], urgency: 'SOON', choices: null } };
    const result = fill(variables);
    expect(result?.variables.request).toEqual({ name: 'a', tags: ['t'], urgency: 'SOON', choices: null });
    expect(variables.request).not.toHaveProperty('parent');
    expect(result?.variables).not.toBe(variables);
  });

  it('leaves alone queries whose variables have no defaulted input field, and requests without variables', () => {
    const plain = parse(`query ($note: String) { plain(note: $note) }`);
    expect(fill({ note: 'n' }, plain)).toBeUndefined();
    expect(fill(undefined)).toBeUndefined();
  });

  it('leaves a variable the client did not send for validation to report', () => {
    expect(fill({ note: 'n' })).toEqual({ variables: { note: 'n' } });
  });
});
