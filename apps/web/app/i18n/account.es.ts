import type { accountEn } from './account.en';

export const accountEs: Record<keyof typeof accountEn, string> = {
  'title.logIn': 'Iniciar sesión',
  'workspace.nav': 'Su espacio de trabajo',
  'workspace.signedInAs': 'Sesión iniciada como {name}',
  'workspace.logOut': 'Cerrar sesión',
  'workspace.account': 'Cuenta',
  'workspace.navReferrals': 'Mis referencias',
  'workspace.navInbox': 'Referencias recibidas',
  'workspace.navListing': 'Mi ficha',
  'workspace.formRefused':
    'Ese formulario había caducado, así que no se cambió nada. Volvimos a cargar la página: revísela y envíela otra vez.',
  'logIn.heading': 'Iniciar sesión',
  'logIn.lead': 'Para terapeutas, proveedores y el personal de su clínica, y el equipo del directorio.',
  'logIn.email': 'Correo electrónico',
  'logIn.password': 'Contraseña',
  'logIn.oneTimeCode': 'Código de su aplicación de autenticación',
  'logIn.oneTimeCodeHint': 'Seis dígitos, o uno de sus códigos de recuperación.',
  'logIn.submit': 'Iniciar sesión',
  'logIn.needsOneTimeCode':
    'Esta cuenta también necesita el código de su aplicación de autenticación. Escriba otra vez su contraseña junto con él.',
  'logIn.refused': 'No pudimos iniciar su sesión.',
  'logIn.continueTo': 'Después de iniciar sesión volverá a la página que abrió.',
  'logIn.forgotPassword': '¿Olvidó su contraseña?',
  'logIn.noAccount': '¿Es nuevo aquí? Cree una cuenta',
  'logIn.loggedOut': 'Cerró su sesión.',
};
