// What the apps may use: the admins' vetting API.
export { VettingModule } from './vetting.module';
