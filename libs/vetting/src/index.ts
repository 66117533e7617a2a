export * from './vetting.module';
