import { GraphQLError } from 'graphql';
import { graphqlErrorFormatter } from './graphql-error-formatter';

describe('graphqlErrorFormatter', () => {
  const sut = graphqlErrorFormatter({ suggestions: true });

  it('keeps the extensions of errors mapped by the exception filter, with HTTP 200', () => {
    const mapped = new GraphQLError('No approved listing has this id', {
      extensions: { code: 'NOT_FOUND', reason: 'DIRECTORY.LISTING_NOT_FOUND' },
    });
    const result = sut({
      data: null,
      errors: [new GraphQLError(mapped.message, { originalError: mapped, path: ['provider'] })],
    });
    expect(result.statusCode).toBe(200);
    expect(result.response.errors[0]).toMatchObject({
      path: ['provider'],
      extensions: { code: 'NOT_FOUND', reason: 'DIRECTORY.LISTING_NOT_FOUND' },
    });
  });

  it('turns validation failures into BAD_USER_INPUT with HTTP 400', () => {
    const wrapper = Object.assign(new Error('Graphql validation error'), {
      errors: [new GraphQLError('Cannot query field "x"')],
    });
    const result = sut({ errors: [new GraphQLError('Graphql validation error', { originalError: wrapper })] });
    expect(result.statusCode).toBe(400);
    expect(result.response.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "x"',
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('hides the message of anything unexpected', () => {
    const leak = new Error('relation "secret_table" does not exist');
    const result = sut({ data: null, errors: [new GraphQLError(leak.message, { originalError: leak })] });
    expect(result.response.errors[0]).toEqual(
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    );
  });

  it('refuses a variable of the wrong shape as bad input, without echoing what was sent', () => {
    const coercion = new GraphQLError(
      'Variable "$input" got invalid value { client: { name: "Jamie Doe", email: "jamie@example.test" } }; Field "consent" of required type "ConsentInput!" was not provided.',
    );
    const result = sut({ errors: [coercion] });
    expect(result.statusCode).toBe(400);
    expect(result.response.errors[0]).toEqual(
      expect.objectContaining({
        message:
          'Variable "$input" got an invalid value; Field "consent" of required type "ConsentInput!" was not provided.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
    expect(JSON.stringify(result)).not.toContain('Jamie');
  });

  it('names the field and the problem of a wrongly typed value, never the value', () => {
    const wrongType = new GraphQLError(
      'Variable "$input" got invalid value 5550100 at "input.client.phone"; String cannot represent a non string value: 5550100',
    );
    const result = sut({ errors: [wrongType] });

    expect(result.response.errors[0].message).toBe(
      'Variable "$input" got an invalid value at "input.client.phone"; String cannot represent a non string value.',
    );
    expect(JSON.stringify(result)).not.toContain('5550100');
  });

  it('names the enum a value is not part of, never the value', () => {
    const notInEnum = new GraphQLError(
      'Variable "$input" got invalid value "Jamie-KS" at "input.clientState"; Value "Jamie-KS" does not exist in "UsState" enum.',
    );
    const result = sut({ errors: [notInEnum] });

    expect(result.response.errors[0].message).toBe(
      'Variable "$input" got an invalid value at "input.clientState"; the value is not one of "UsState".',
    );
    expect(JSON.stringify(result)).not.toContain('Jamie');
  });

  it('drops "Did you mean" suggestions when told to', () => {
    const typo = new GraphQLError(
      'Cannot query field "providr" on type "Query". Did you mean "provider" or "providers"?',
    );
    const production = graphqlErrorFormatter({ suggestions: false });

    expect(production({ errors: [typo] }).response.errors[0].message).toBe(
      'Cannot query field "providr" on type "Query".',
    );
    expect(sut({ errors: [typo] }).response.errors[0].message).toContain('Did you mean');
  });
});
