// Build options the client code reads (set in vite.config.ts).
interface ImportMetaEnv {
  /** Public address of the atlas for QR codes (ATLAS_PUBLIC_URL at build time); "" when not set. */
  readonly ATLAS_PUBLIC_URL: string;
}
