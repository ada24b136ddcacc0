# Passes the JVM's stderr through unbuffered, dropping only the start-up line
# "WARNING: Using incubator modules: ..." so that errors stay one line.
use strict;
use warnings;
my $warning = "WARNING: Using incubator modules:";
my $head = '';
my $passing = 0;
while (sysread(STDIN, my $chunk, 65536)) {
  if ($passing) {
    syswrite(STDERR, $chunk);
    next;
  }
  $head .= $chunk;
  my $n = length($head) < length($warning) ? length($head) : length($warning);
  if (substr($head, 0, $n) ne substr($warning, 0, $n)) {
    syswrite(STDERR, $head);
    $passing = 1;
  } elsif ($head =~ s/\A\Q$warning\E[^\n]*\n//) {
    syswrite(STDERR, $head) if length $head;
    $passing = 1;
  }
}
syswrite(STDERR, $head) if !$passing && length $head;
