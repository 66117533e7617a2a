// Made-up people: first and last names are drawn independently, so no row describes a real clinician.

export const FIRST_NAMES = [
  'Alex', 'Amara', 'Andrea', 'Ari', 'Avery', 'Beatriz', 'Cameron', 'Chen', 'Dana', 'Darius', 'Elena', 'Emeka',
  'Fatima', 'Francesca', 'Gabriel', 'Hana', 'Imani', 'Iris', 'Jamie', 'Jordan', 'José', 'Kai', 'Keisha', 'Leila',
  'Lucía', 'Malik', 'Maya', 'Mei', 'Morgan', 'Nadia', 'Nia', 'Noor', 'Oluwaseun', 'Priya', 'Quinn', 'Rafael',
  'Reese', 'Riley', 'Rosa', 'Sam', 'Sasha', 'Sofia', 'Taylor', 'Thandiwe', 'Theo', 'Valeria', 'Wen', 'Yusuf',
  'Zoë', 'Renée', 'Joaquín', 'Siobhán', 'Björn', 'Anaïs', 'Mateo', 'Ngozi', 'Tomás', 'Esther', 'Robin', 'Harper',
];

export const CHOSEN_NAMES = ['Ash', 'Rowan', 'Sky', 'River', 'Sage', 'Jules', 'Max', 'Eli', 'Nova', 'Remy', 'Onyx', 'Wren'];

export const LAST_NAMES = [
  'Abernathy', 'Acosta', 'Adeyemi', 'Alvarez', 'Baptiste', 'Bergström', 'Castillo', 'Chowdhury', 'Cohen', 'Dubois',
  'Duarte', 'Eriksen', 'Fernández', 'Fitzgerald', 'Gallagher', 'García', 'Goldberg', 'Gonzalez', 'Haddad', 'Hernández',
  'Ibarra', 'Jablonski', 'Kaur', 'Kowalczyk', 'Lachance', 'Lindqvist', 'Martínez', 'Mbeki', 'McAllister', 'Moreau',
  'Müller', 'Nakamura', 'Navarro', 'Nguyen', 'Núñez', 'Okafor', 'Olsen', 'Ortiz', 'Park', 'Patel', 'Peña', 'Petrov',
  'Quintero', 'Ramírez', 'Rasmussen', 'Reyes', 'Rosenberg', 'Saldaña', 'Santos', 'Schmidt', 'Shapiro', 'Silva',
  'Sokolov', 'Suárez', 'Tanaka', 'Thibodeaux', 'Torres', 'Tran', 'Vargas', 'Vásquez', 'Villanueva', 'Wójcik',
  'Whitfield', 'Yamamoto', 'Zhang', 'Zielinski', 'Broussard', 'Hebert', 'Landry', 'Fontenot', 'Kowalski', 'Lindgren',
  'Obi', 'Rahman', 'Begay', 'Yazzie', 'Kealoha', 'Makoa', 'Ortega', 'Delgado',
];

export const STREET_NAMES = ['Oak', 'Maple', 'Cedar', 'Prairie', 'River', 'Lake', 'Main', 'Elm', 'Sunflower', 'Magnolia', 'Walnut', 'Highland'];
export const STREET_SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Way', 'Pkwy'];
export const CLINIC_WORDS = ['Community Health', 'Family Care', 'Women’s Health', 'Wellness Clinic', 'Primary Care', 'Health Collective'];
export const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they'];
