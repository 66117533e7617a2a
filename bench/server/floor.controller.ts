import { Public } from '@app/auth';
import { Controller, Get, Module } from '@nestjs/common';

/** The framework floor: a NestJS route through the same guards, pipes and filters, doing nothing. */
@Public()
@Controller('bench')
export class EmptyRouteController {
  @Get('empty')
  empty(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [EmptyRouteController] })
export class EmptyRouteModule {}
