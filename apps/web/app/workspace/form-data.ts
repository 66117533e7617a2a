/** A posted form's fields as text: what a plain HTML form sends (a file field, never used here, reads as empty). */
export interface PostedForm {
  text(name: string): string;
  all(name: string): string[];
}

export async function readForm(request: Request): Promise<PostedForm> {
  const form = await request.formData();
  const asText = (value: FormDataEntryValue) => (typeof value === 'string' ? value : '');
  return {
    text: (name) => asText(form.get(name) ?? ''),
    all: (name) => form.getAll(name).map(asText),
  };
}
