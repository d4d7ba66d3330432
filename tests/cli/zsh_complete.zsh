# zsh zsh_complete.zsh FPATH_DIR LINE
# Types LINE and a Tab into an interactive zsh (zsh/zpty) whose completion
# functions are loaded from FPATH_DIR, and prints each match the completion
# system offers, one per line, sorted. compadd is wrapped to print the
# matches it adds, so what is printed is what zsh would show.
zmodload zsh/zpty || exit 2
zpty shell zsh -f -i
zpty -w shell "PROMPT=''; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w shell "zstyle ':completion:*' insert-tab false; bindkey '^I' complete-word"
zpty -w shell 'compadd() {
  if [[ " $* " == *" -O "* || " $* " == *" -A "* || " $* " == *" -D "* ]]; then
    builtin compadd "$@"; return
  fi
  local -a __matches; builtin compadd -A __matches "$@"
  local m; for m in $__matches; do print -r -- "<<$m>>"; done
  builtin compadd "$@"
}'
zpty -w shell 'print -r -- __READY__'
zpty -r shell line '*__READY__*'  # the echo of the command
zpty -r shell line '*__READY__*'  # its output
zpty -w -n shell "$2"$'\t'
output=
for attempt in {1..50}; do
  sleep 0.1
  while zpty -r -t shell chunk; do output+=$chunk; done
  [[ $output == *'<<'* ]] && { sleep 0.3; while zpty -r -t shell chunk; do output+=$chunk; done; break; }
done
zpty -d shell
print -r -- $output | grep -o '<<[^>]*>>' | sed 's/^<<//; s/>>$//' | sort -u
