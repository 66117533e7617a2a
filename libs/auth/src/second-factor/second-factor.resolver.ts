import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../access.decorators';
import { Caller, ClientAddress, CurrentUser } from '../caller';
import { CredentialsArgs, OneTimeCodeArgs } from '../dto/log-in.args';
import { SecondFactorEnrollment } from '../models/second-factor.model';
import { SecondFactorEnrollmentService } from './second-factor-enrollment.service';

/** Admins' authenticator apps: enrolling one, and recovery codes for when it is lost. */
@Resolver(() => SecondFactorEnrollment)
export class SecondFactorResolver {
  constructor(private readonly secondFactors: SecondFactorEnrollmentService) {}

  @Public()
  @Mutation(() => SecondFactorEnrollment, {
    description:
      'For an admin without a confirmed authenticator app: a new secret to add to one (checked as a log-in is)',
  })
  startSecondFactorEnrollment(
    @Args() { email, password }: CredentialsArgs,
    @ClientAddress() address: string,
  ): Promise<SecondFactorEnrollment> {
    return this.secondFactors.start({ email, password, address });
  }

  @SignedIn()
  @Mutation(() => [String], {
    description: 'Ten new recovery codes, shown once; the old ones stop working. Needs a current code',
  })
  regenerateRecoveryCodes(@Args() { oneTimeCode }: OneTimeCodeArgs, @CurrentUser() caller: Caller): Promise<string[]> {
    return this.secondFactors.regenerateRecoveryCodes(caller, oneTimeCode);
  }
}
