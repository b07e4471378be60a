/** A multipart/form-data body as a browser would send it, for `inject`: the bytes and their content type. */
export async function multipartBody(
  files: { name: string; content: string | Uint8Array }[],
  fields: Record<string, string> = {},
): Promise<{ payload: Buffer; headers: { "content-type": string } }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) {
    const bytes = typeof file.content === "string" ? file.content : Uint8Array.from(file.content);
    form.append("files", new Blob([bytes]), file.name);
  }
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type")! },
  };
}
