import { Module } from '@nestjs/common';
import { certificationAggregate } from './certification.aggregate';
import { ExpirySweepController } from './commands/expiry-sweep/expiry-sweep';
import { ReinstateCertificationRoute } from './commands/reinstate-certification/reinstate-certification';
import { RenewCertificationRoute } from './commands/renew-certification/renew-certification';
import { RevokeCertificationRoute } from './commands/revoke-certification/revoke-certification';
import { SuspendCertificationRoute } from './commands/suspend-certification/suspend-certification';
import {
  CertificationRegister,
  CertificationRegisterController,
} from './projections/certification-register/certification-register.queries';

@Module({
  // The fixed path /certifications/expiry-sweep is registered before /certifications/:certificationId/….
  controllers: [
    CertificationRegisterController,
    ExpirySweepController,
    // Use cases: one line each.
    RenewCertificationRoute,
    SuspendCertificationRoute,
    ReinstateCertificationRoute,
    RevokeCertificationRoute,
  ],
  providers: [certificationAggregate.handler, CertificationRegister],
  // Enrolment and session results read the register.
  exports: [CertificationRegister],
})
export class CertificationModule {}
