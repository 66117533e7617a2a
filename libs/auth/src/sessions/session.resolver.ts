import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../access.decorators';
import { AccountSessions } from './account-sessions';
import { toActiveSession, toAuthSession } from '../auth.mapper';
import { Caller, CurrentSessionId, CurrentUser } from '../caller';
import { RefreshSessionArgs } from '../dto/refresh-session.args';
import { SessionIdArgs } from '../dto/session-id.args';
import { AuthSession } from '../models/account.model';
import { ActiveSession } from '../models/active-session.model';
import { SessionEndReason } from './session.repository';

@Resolver(() => ActiveSession)
export class SessionResolver {
  constructor(private readonly sessions: AccountSessions) {}

  @Public()
  @Mutation(() => AuthSession, {
    description: 'Trades a refresh token for a new access token and a new refresh token; each refresh token works once',
  })
  async refreshSession(@Args() { refreshToken }: RefreshSessionArgs): Promise<AuthSession> {
    return toAuthSession(await this.sessions.refresh(refreshToken));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Ends the session of the access token sent; its refresh token stops working',
  })
  async logOut(@CurrentUser() caller: Caller, @CurrentSessionId() sessionId: string): Promise<boolean> {
    await this.sessions.end(caller, sessionId, SessionEndReason.LOG_OUT);
    return true;
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in account, this one included; how many ended',
  })
  logOutEverywhere(@CurrentUser() caller: Caller): Promise<number> {
    return this.sessions.endEverywhere(caller);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends one of the signed-in account’s sessions, as listed by mySessions' })
  async endSession(@CurrentUser() caller: Caller, @Args() { id }: SessionIdArgs): Promise<boolean> {
    await this.sessions.end(caller, id, SessionEndReason.ENDED_BY_OWNER);
    return true;
  }

  @SignedIn()
  @Query(() => [ActiveSession], { description: 'The signed-in account’s open sessions, most recently seen first' })
  async mySessions(@CurrentUser() caller: Caller, @CurrentSessionId() sessionId: string): Promise<ActiveSession[]> {
    return (await this.sessions.listOpen(caller)).map((row) => toActiveSession(row, sessionId));
  }
}
