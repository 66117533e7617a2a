import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblemBody {
  @ApiProperty({ example: 'radiusMiles', description: 'The parameter or field, as the request named it' })
  field!: string;

  @ApiProperty({ example: 'must not be greater than 250' })
  reason!: string;
}

/** Every error answer of the REST API: the body ApiExceptionFilter writes. */
export class ApiErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'INPUT.INVALID', description: 'Stable code to branch on' })
  code!: string;

  @ApiProperty({ example: 'radiusMiles: must not be greater than 250' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldProblemBody], description: 'Each refused field and why (bad input only)' })
  details?: FieldProblemBody[];
}
