import { registerEnumType } from '@nestjs/graphql';
import { AccountStatus, Role, SignUpRole } from '../roles';

registerEnumType(Role, { name: 'Role' });
registerEnumType(SignUpRole, {
  name: 'SignUpRole',
  description: 'Roles open to sign-up; admins are created from the command line',
});
registerEnumType(AccountStatus, { name: 'AccountStatus' });
