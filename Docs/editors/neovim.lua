-- basework's language server in Neovim: source this file from your init.lua (`dofile("/path/to/neovim.lua")`)
-- or start Neovim with `nvim -u neovim.lua`. Works with Neovim 0.8+ (vim.lsp.start) and with Debian
-- bookworm's 0.7 (vim.lsp.start_client). `basework` must be on PATH, or set BASEWORK to its path.
local command = { os.getenv("BASEWORK") or "basework", "lsp" }

-- The journal root: the nearest folder above the file with people.yml or basework.yml.
local function journal_root(file)
  local folder = vim.fn.fnamemodify(file, ":p:h")
  while folder ~= "/" and folder ~= "" do
    if vim.fn.filereadable(folder .. "/people.yml") == 1 or vim.fn.filereadable(folder .. "/basework.yml") == 1 then
      return folder
    end
    folder = vim.fn.fnamemodify(folder, ":h")
  end
  return nil
end

local clients = {}

local function attach(buffer)
  local root = journal_root(vim.api.nvim_buf_get_name(buffer))
  if not root then return end
  if vim.lsp.start then
    vim.lsp.start({ name = "basework", cmd = command, root_dir = root }, { bufnr = buffer })
    return
  end
  if not clients[root] then
    clients[root] = vim.lsp.start_client({
      name = "basework",
      cmd = command,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    })
  end
  vim.lsp.buf_attach_client(buffer, clients[root])
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "yaml" },
  callback = function(args)
    attach(args.buf)
    vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc"
    local map = function(keys, action) vim.keymap.set("n", keys, action, { buffer = args.buf }) end
    map("K", vim.lsp.buf.hover)
    map("gd", vim.lsp.buf.definition)
    map("gr", vim.lsp.buf.references)
    map("<leader>a", vim.lsp.buf.code_action)
  end,
})
